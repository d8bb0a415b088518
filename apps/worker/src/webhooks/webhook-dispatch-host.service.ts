import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { EventStore } from '@recovery/event-store';
import { PersonalDataVault } from '@recovery/personal-data';
import { DispatcherAlreadyRunning, WebhookDispatcher } from '@recovery/webhooks';
import { BackgroundLoops } from '../background/background-loops';
import { keepRunning } from '../background/keep-running.util';
import { WorkerMetricsService } from '../metrics/worker-metrics.service';

/**
 * Sends webhook deliveries from the worker process, the outbox projection beside it
 * filling the queue. One replica dispatches at a time; the others stand by.
 */
@Injectable()
export class WebhookDispatchHostService extends BackgroundLoops {
  private readonly logger = new Logger(WebhookDispatchHostService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(WorkerMetricsService) private readonly metrics: WorkerMetricsService,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {
    super();
  }

  protected startLoops(signal: AbortSignal): Promise<void>[] {
    const dispatcher = new WebhookDispatcher(this.dataSource, this.store, {
      retryWindowMs: this.config.webhooks.retryWindowMs,
      allowPrivateTargets: this.config.webhooks.allowPrivateTargets,
      reveal: (value) => this.vault.reveal(value),
      onOutcome: (outcome) => this.metrics.countWebhookDelivery(outcome),
      onError: (error) => this.logger.warn(`webhook attempt not recorded: ${String(error)}`),
    });
    const dispatching = keepRunning(
      {
        name: 'webhook dispatcher',
        run: (stop) => dispatcher.run(stop),
        isStandby: (error) => error instanceof DispatcherAlreadyRunning,
      },
      signal,
      this.logger,
    );
    return [dispatching];
  }
}
