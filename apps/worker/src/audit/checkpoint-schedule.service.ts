import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AuditCheckpointsService } from '@recovery/audit';
import { AppConfig } from '@recovery/config';

// How often the worker looks whether a checkpoint is due; the interval itself is configured.
const LOOK_EVERY_MS = 60_000;

/**
 * Takes the store's periodic signed checkpoint (AUDIT_CHECKPOINT_INTERVAL_MINUTES) when
 * events were appended since the last one, so an auditor always finds a recent one to
 * keep. A failure is logged and tried again at the next look.
 */
@Injectable()
export class CheckpointScheduleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CheckpointScheduleService.name);
  private readonly stop = new AbortController();
  private loop?: Promise<void>;

  constructor(
    @Inject(AuditCheckpointsService) private readonly checkpoints: AuditCheckpointsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.lookUntilStopped();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.loop;
  }

  private async lookUntilStopped(): Promise<void> {
    while (!this.stop.signal.aborted) {
      try {
        const taken = await this.checkpoints.takeIfDue(this.config.audit.checkpointIntervalMs);
        if (taken)
          this.logger.log(`checkpoint ${taken.checkpointId} taken at ${taken.events} events`);
      } catch (error) {
        this.logger.error(`checkpoint not taken, trying again later: ${String(error)}`);
      }
      await sleep(LOOK_EVERY_MS, undefined, { signal: this.stop.signal }).catch(
        () => undefined, // aborted: shutting down
      );
    }
  }
}
