import { resolve } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { AppConfig } from '@recovery/config';
import {
  encryptingDataConverter,
  payloadEncryptionCodec,
  TemporalUnreachableError,
  workflowCodeSource,
} from '@recovery/temporal';
import { DelegationExpiryActivitiesService, RecoveryActivitiesService } from './activities';

// dist/apps/worker/src → dist, where `npm run build` writes the workflow bundle.
const DIST_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Owns the Temporal Worker for the process: created at bootstrap with
 * activities bound to injected services, run until Nest shuts down.
 */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private connection?: NativeConnection;
  private running?: Promise<void>;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RecoveryActivitiesService) private readonly activities: RecoveryActivitiesService,
    @Inject(DelegationExpiryActivitiesService)
    private readonly delegationActivities: DelegationExpiryActivitiesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { address, namespace, taskQueue } = this.config.temporal;
    this.connection = await NativeConnection.connect({ address }).catch((error: unknown) => {
      throw new TemporalUnreachableError(address, error);
    });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      activities: { ...this.activities.build(), ...this.delegationActivities.build() },
      ...workflowCodeSource(DIST_ROOT),
      dataConverter: encryptingDataConverter(
        payloadEncryptionCodec(this.config, (message) => this.logger.warn(message)),
      ),
      shutdownGraceTime: '10s',
    });
    // Awaited in onApplicationShutdown; a crash of the worker ends the process
    // instead of leaving a process that looks alive but runs nothing.
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.error(`Temporal worker stopped: ${String(error)}`);
      process.exit(1);
    });
    this.logger.log(`polling task queue "${taskQueue}" on ${address} (namespace ${namespace})`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
