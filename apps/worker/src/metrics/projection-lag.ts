import { Gauge, type Registry } from 'prom-client';
import { type ProjectionRunner } from '@recovery/event-store';

/**
 * `recovery_projection_lag_events{projection}`: events in the store after the
 * projection's checkpoint, read at scrape time. The checkpoint is shared, so every
 * replica reports the same lag, whichever of them runs the projection.
 */
export function registerProjectionLag(
  registry: Registry,
  runners: ReadonlyMap<string, ProjectionRunner>,
): void {
  new Gauge({
    name: 'recovery_projection_lag_events',
    help: 'Events appended to the store that an asynchronous projection has not applied yet',
    labelNames: ['projection'] as const,
    registers: [registry],
    async collect() {
      for (const [projection, runner] of runners) {
        this.set({ projection }, (await runner.lag()).eventsBehind);
      }
    },
  });
}
