import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditCheckpointsService } from '@recovery/audit';
import { AppConfig } from '@recovery/config';
import { BackgroundLoops } from '../background/background-loops';

// How often the worker looks whether a checkpoint is due; the interval itself is configured.
const LOOK_EVERY_MS = 60_000;

/**
 * Takes the store's periodic signed checkpoint (AUDIT_CHECKPOINT_INTERVAL_MINUTES) when
 * events were appended since the last one, so an auditor always finds a recent one to
 * keep. A failure is logged and tried again at the next look.
 */
@Injectable()
export class CheckpointScheduleService extends BackgroundLoops {
  private readonly logger = new Logger(CheckpointScheduleService.name);

  constructor(
    @Inject(AuditCheckpointsService) private readonly checkpoints: AuditCheckpointsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    super();
  }

  protected startLoops(signal: AbortSignal): Promise<void>[] {
    return [this.lookUntilStopped(signal)];
  }

  private async lookUntilStopped(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const taken = await this.checkpoints.takeIfDue(this.config.audit.checkpointIntervalMs);
        if (taken)
          this.logger.log(`checkpoint ${taken.checkpointId} taken at ${taken.events} events`);
      } catch (error) {
        this.logger.error(`checkpoint not taken, trying again later: ${String(error)}`);
      }
      await sleep(LOOK_EVERY_MS, undefined, { signal }).catch(
        () => undefined, // aborted: shutting down
      );
    }
  }
}
