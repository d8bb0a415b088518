import { setTimeout as delay } from 'node:timers/promises';
import { DataSource, type QueryRunner } from 'typeorm';
import { ProjectionAlreadyRunning, ProjectionCheckpointConflict } from '../event-store.error';
import { START_CHECKPOINT, type Checkpoint } from '../event-store.types';
import { type EventStore } from '../event-store.service';
import { inTransaction } from '../transaction.util';
import { type Projection } from './projection.types';
import { ProjectionCheckpoints } from './projection-checkpoints.repository';

export interface ProjectionRunnerOptions {
  /** Events read and applied per transaction. */
  batchSize?: number;
  /** Pause between polls once caught up (run()). */
  pollIntervalMs?: number;
  /** Where a projection that has no checkpoint yet starts; default: the first event. */
  startAfter?: Checkpoint;
}

export interface ProjectionProgress {
  processed: number;
  /** Events that were behind when the run started. */
  total: number;
  checkpoint: Checkpoint;
}

export interface ProjectionLag {
  checkpoint: Checkpoint;
  eventsBehind: number;
}

/**
 * Applies events in global order to one projection's read model. Each batch and its
 * checkpoint commit in the same transaction (compare-and-set on the checkpoint), so a
 * crash anywhere leaves either both or neither: resuming never applies an event twice.
 * One active runner per projection: a session advisory lock held on the runner's own
 * connection, released by PostgreSQL if the process dies.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly checkpoints: ProjectionCheckpoints;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projection: Projection,
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.checkpoints = new ProjectionCheckpoints(
      projection.name,
      options.startAfter ?? START_CHECKPOINT,
    );
  }

  /** Applies everything available now; returns how many events were read. */
  catchUp(onProgress?: (progress: ProjectionProgress) => void): Promise<number> {
    return this.withLock((queryRunner) => this.applyAvailable(queryRunner, onProgress));
  }

  /** Catches up, then keeps polling until `signal` aborts. */
  run(signal: AbortSignal): Promise<void> {
    return this.withLock(async (queryRunner) => {
      while (!signal.aborted) {
        const applied = await this.applyAvailable(queryRunner);
        if (applied === 0) await sleep(this.pollIntervalMs, signal);
      }
    });
  }

  /** Empties the read model, resets the checkpoint to zero and replays every event, reporting progress. */
  rebuild(onProgress?: (progress: ProjectionProgress) => void): Promise<number> {
    const reset = this.projection.reset?.bind(this.projection);
    if (!reset)
      throw new Error(`Projection ${this.projection.name} has no reset(): it cannot be rebuilt`);
    return this.withLock(async (queryRunner) => {
      await inTransaction(queryRunner, async () => {
        await reset(queryRunner);
        await this.checkpoints.reset(queryRunner);
      });
      return this.applyAvailable(queryRunner, onProgress);
    });
  }

  /** How far the read model trails the store. */
  async lag(): Promise<ProjectionLag> {
    const queryRunner = this.dataSource.createQueryRunner();
    try {
      await queryRunner.connect();
      const checkpoint = (await this.checkpoints.read(queryRunner)) ?? START_CHECKPOINT;
      return {
        checkpoint,
        eventsBehind: await this.checkpoints.countAfter(queryRunner, checkpoint),
      };
    } finally {
      await queryRunner.release();
    }
  }

  private async applyAvailable(
    queryRunner: QueryRunner,
    onProgress?: (progress: ProjectionProgress) => void,
  ): Promise<number> {
    let checkpoint = await this.checkpoints.ensure(queryRunner);
    const total = onProgress ? await this.checkpoints.countAfter(queryRunner, checkpoint) : 0;
    let processed = 0;
    for (;;) {
      const page = await this.store.readAll({ after: checkpoint, limit: this.batchSize });
      if (page.events.length === 0) return processed;
      const handled = page.events.filter((event) => this.projection.handles(event.type));
      await inTransaction(queryRunner, async () => {
        if (handled.length > 0) await this.projection.apply(queryRunner, handled);
        const moved = await this.checkpoints.compareAndSet(
          queryRunner,
          checkpoint,
          page.checkpoint,
        );
        if (!moved) throw new ProjectionCheckpointConflict(this.projection.name);
      });
      checkpoint = page.checkpoint;
      processed += page.events.length;
      onProgress?.({ processed, total: Math.max(total, processed), checkpoint });
    }
  }

  private async withLock<T>(work: (queryRunner: QueryRunner) => Promise<T>): Promise<T> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    try {
      if (!(await this.checkpoints.tryLock(queryRunner)))
        throw new ProjectionAlreadyRunning(this.projection.name);
      try {
        return await work(queryRunner);
      } finally {
        await this.checkpoints.unlock(queryRunner);
      }
    } finally {
      await queryRunner.release();
    }
  }
}

/** Waits `ms`, less if `signal` aborts; leaves no listener on the long-lived signal. */
async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}
