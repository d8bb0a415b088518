import { Counter, Gauge, type Registry } from 'prom-client';
import { type IncidentQueriesService } from '@recovery/incidents';

/**
 * Incident counts, read from the incident read model at scrape time: SLA breaches
 * are recorded by the worker, so only the shared read model knows them all, in every
 * API replica alike.
 */
export function registerIncidentCounts(registry: Registry, queries: IncidentQueriesService): void {
  new Counter({
    name: 'recovery_incidents_opened_total',
    help: 'Incidents opened so far (rows of the incident read model)',
    registers: [registry],
    // A counter has no set(): the read model's count replaces the value at each
    // scrape. It only grows; a rebuilt read model reads as a counter reset.
    async collect() {
      const { opened } = await queries.statistics();
      this.reset();
      this.inc(opened);
    },
  });
  // A gauge: a reopening clears the incident's resolve mark, so this count can fall.
  new Gauge({
    name: 'recovery_incidents_deadline_missed',
    help: 'Incidents marked as having missed their acknowledge or resolve deadline, by deadline (a reopening clears the resolve mark)',
    labelNames: ['deadline'] as const,
    registers: [registry],
    async collect() {
      const stats = await queries.statistics();
      this.set({ deadline: 'acknowledge' }, stats.acknowledgementOverdue);
      this.set({ deadline: 'resolve' }, stats.resolutionOverdue);
    },
  });
}
