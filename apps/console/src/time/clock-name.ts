import { type Clock } from '../api/incident-types';

/** A clock as people name it: "Acknowledge", "Resolve", or the promise in quotes. */
export function clockName(clock: Pick<Clock, 'clock' | 'label'>): string {
  return clock.clock === 'promise' ? `Promise “${clock.label}”` : clock.label;
}
