import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { CommandMetrics, IncidentQueriesService } from '@recovery/incidents';
import { LATENCY_BUCKETS_SECONDS, processMetricsRegistry } from '@recovery/metrics';
import { type IntakeResultDto } from '../intake/dto/cloud-event.dto';
import { type IntakeAction } from '../intake/intake-event.util';
import { registerIncidentCounts } from './metrics-incident-counts';

/** What intake made of an event: the action its type and subject ask for, or none. */
export type IntakeEventAction = IntakeAction['kind'] | 'unsupported';

/**
 * What became of an upstream event: its result's outcome (opened, noted, contacted,
 * rejected by the domain), answered from the first delivery (duplicate), refused
 * while that one is still handled (in_progress), or not applied for a 5xx (failed).
 */
export type IntakeEventOutcome =
  IntakeResultDto['outcome'] | 'duplicate' | 'in_progress' | 'failed';

/**
 * The API's Prometheus registry (one per app instance, so tests can boot several):
 * Node's process metrics, request latency, command outcomes, intake outcomes and the
 * read model's incident counts.
 */
@Injectable()
export class MetricsService {
  readonly registry = processMetricsRegistry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [...LATENCY_BUCKETS_SECONDS],
    registers: [this.registry],
  });
  // Labels stay bounded: `source` is the API key's source name (INTAKE_API_KEYS), never
  // the sender-chosen CloudEvents source, and the sender-chosen type is read as an action.
  private readonly intakeEvents = new Counter({
    name: 'recovery_intake_events_total',
    help: 'Upstream CloudEvents by intake source, the action intake read in them, and outcome',
    labelNames: ['source', 'action', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(queries: IncidentQueriesService, commands: CommandMetrics) {
    for (const metric of commands.metrics) this.registry.registerMetric(metric);
    registerIncidentCounts(this.registry, queries);
  }

  /** Counts one upstream event (a batch counts each of its events). */
  countIntakeEvent(source: string, action: IntakeEventAction, outcome: IntakeEventOutcome): void {
    this.intakeEvents.inc({ source, action, outcome });
  }
}
