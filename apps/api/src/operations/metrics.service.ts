import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { IncidentQueriesService } from '@recovery/incidents';

/**
 * The API's Prometheus registry (one per app instance, so tests can boot several).
 * Incident counts are read from the read model at scrape time: SLA breaches are
 * recorded by the worker, so only the shared read model knows them all.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(queries: IncidentQueriesService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'recovery_incidents_opened',
      help: 'Incidents opened so far (from the incident read model)',
      registers: [this.registry],
      async collect() {
        this.set((await queries.statistics()).opened);
      },
    });
    new Gauge({
      name: 'recovery_sla_breaches',
      help: 'Incidents that missed a deadline, by deadline (from the incident read model)',
      labelNames: ['deadline'] as const,
      registers: [this.registry],
      async collect() {
        const stats = await queries.statistics();
        this.set({ deadline: 'acknowledge' }, stats.acknowledgementOverdue);
        this.set({ deadline: 'resolve' }, stats.resolutionOverdue);
      },
    });
  }
}
