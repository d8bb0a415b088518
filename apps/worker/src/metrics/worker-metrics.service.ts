import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { EventStore, ProjectionRunner } from '@recovery/event-store';
import { processMetricsRegistry } from '@recovery/metrics';
import { DELIVERY_OUTCOMES, type DeliveryOutcome } from '@recovery/webhooks';
import { ASYNC_PROJECTIONS } from '../projections/async-projections';
import { registerProjectionLag } from './projection-lag';
import { temporalRuntimeMetrics } from './temporal-runtime-metrics';

/**
 * The worker's Prometheus metrics: Node's process metrics, the lag of each
 * asynchronous projection, webhook delivery outcomes, and the Temporal SDK's
 * runtime metrics relayed from its own exporter.
 */
@Injectable()
export class WorkerMetricsService {
  private readonly registry = processMetricsRegistry();
  private readonly webhookDeliveries = new Counter({
    name: 'recovery_webhook_deliveries_total',
    help: 'Webhook delivery attempts by outcome: delivered (2xx), retry (will be tried again), failed (given up)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(EventStore) store: EventStore) {
    // Every outcome from the start, so a rate over it exists before the first delivery.
    for (const outcome of DELIVERY_OUTCOMES) this.webhookDeliveries.inc({ outcome }, 0);
    const runners = new Map(
      ASYNC_PROJECTIONS.map((projection) => [
        projection.name,
        new ProjectionRunner(dataSource, store, projection),
      ]),
    );
    registerProjectionLag(this.registry, runners);
  }

  /** Counts one webhook delivery attempt. */
  countWebhookDelivery(outcome: DeliveryOutcome): void {
    this.webhookDeliveries.inc({ outcome });
  }

  /** The exposition a scrape of the worker's /metrics gets. */
  async exposition(): Promise<string> {
    const [own, temporal] = await Promise.all([this.registry.metrics(), temporalRuntimeMetrics()]);
    return `${own}\n${temporal}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
