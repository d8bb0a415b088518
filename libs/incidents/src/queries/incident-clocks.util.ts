import { type IncidentState, openPromises, resolveClockRunning } from '@recovery/domain';

/** Which deadline a clock counts down to. */
export const CLOCK_KINDS = ['acknowledge', 'resolve', 'promise'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** One running clock of an incident: what is due, and when (ISO-8601 UTC). */
export interface IncidentClock {
  clock: ClockKind;
  /**
   * When it started: the opening (acknowledge), the opening or latest reopening
   * (resolve), the promise being made. With dueAt, the share of the allowed time used.
   */
  startedAt: string;
  dueAt: string;
  /** The promise this clock belongs to (promise clocks only). */
  promiseId?: string;
  /** What the clock is for, as a person reads it. */
  label: string;
}

/**
 * Every clock still running on the incident, earliest first: acknowledge while it
 * is unacknowledged, resolve while it is unresolved (and not paused waiting on the
 * customer), and one per open promise. An
 * overdue clock keeps running (the queue shows it as overdue) until the work is done;
 * a promise stays open after the incident is resolved until it is kept or broken, so
 * its clock does too. The one rule behind the list's `clocks`, its `nextDeadline` and
 * the `next_deadline` column the nearest-breach order reads.
 */
export function incidentClocks(state: IncidentState): IncidentClock[] {
  const clocks: IncidentClock[] = [];
  // Acknowledging moves the status on, and a reopened incident counts as acknowledged.
  if (state.status === 'open') {
    clocks.push({
      clock: 'acknowledge',
      startedAt: state.openedAt,
      dueAt: state.deadlines.acknowledgeBy,
      label: 'Acknowledge',
    });
  }
  if (resolveClockRunning(state)) {
    clocks.push({
      clock: 'resolve',
      startedAt: state.resolutionClockStartedAt,
      dueAt: state.deadlines.resolveBy,
      label: 'Resolve',
    });
  }
  for (const promise of openPromises(state)) {
    clocks.push({
      clock: 'promise',
      startedAt: promise.madeAt,
      dueAt: promise.dueAt,
      promiseId: promise.promiseId,
      label: promise.description,
    });
  }
  // Array.prototype.sort is stable: equal times keep acknowledge, resolve, promises.
  return clocks.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** The earliest dueAt of `clocks`, or null when none runs. */
export function nextDeadline(clocks: readonly IncidentClock[]): string | null {
  return clocks.reduce<string | null>(
    (earliest, { dueAt }) =>
      earliest === null || Date.parse(dueAt) < Date.parse(earliest) ? dueAt : earliest,
    null,
  );
}
