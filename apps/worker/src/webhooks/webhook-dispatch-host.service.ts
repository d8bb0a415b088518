import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { EventStore } from '@recovery/event-store';
import { PersonalDataVault } from '@recovery/personal-data';
import { DispatcherAlreadyRunning, WebhookDispatcher } from '@recovery/webhooks';
import { keepRunning } from '../background/keep-running.util';
import { WorkerMetricsService } from '../metrics/worker-metrics.service';

/**
 * Sends webhook deliveries from the worker process, the outbox projection beside it
 * filling the queue. One replica dispatches at a time; the others stand by.
 */
@Injectable()
export class WebhookDispatchHostService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatchHostService.name);
  private readonly stop = new AbortController();
  private loop?: Promise<void>;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(WorkerMetricsService) private readonly metrics: WorkerMetricsService,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  onApplicationBootstrap(): void {
    const dispatcher = new WebhookDispatcher(this.dataSource, this.store, {
      retryWindowMs: this.config.webhooks.retryWindowMs,
      allowPrivateTargets: this.config.webhooks.allowPrivateTargets,
      reveal: (value) => this.vault.reveal(value),
      onOutcome: (outcome) => this.metrics.countWebhookDelivery(outcome),
      onError: (error) => this.logger.warn(`webhook attempt not recorded: ${String(error)}`),
    });
    this.loop = keepRunning(
      {
        name: 'webhook dispatcher',
        run: (signal) => dispatcher.run(signal),
        isStandby: (error) => error instanceof DispatcherAlreadyRunning,
      },
      this.stop.signal,
      this.logger,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.loop;
  }
}
