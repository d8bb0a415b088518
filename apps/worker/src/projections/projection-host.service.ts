import { setTimeout } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, ProjectionAlreadyRunning, ProjectionRunner } from '@recovery/event-store';
import { ASYNC_PROJECTIONS } from './async-projections';

// A replica that finds a projection locked by another waits this long before
// trying again, so it takes over within seconds when that replica dies.
const STANDBY_RETRY_MS = 5_000;

/**
 * Runs each asynchronous projection in the background of the worker process.
 * The runner's advisory lock makes one replica active per projection; the
 * others stand by. An unexpected failure is logged and retried, never silent.
 */
@Injectable()
export class ProjectionHostService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionHostService.name);
  private readonly stop = new AbortController();
  private loops: Promise<void>[] = [];

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  onApplicationBootstrap(): void {
    this.loops = ASYNC_PROJECTIONS.map((projection) =>
      this.keepRunning(
        new ProjectionRunner(this.dataSource, this.store, projection),
        projection.name,
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await Promise.all(this.loops);
  }

  private async keepRunning(runner: ProjectionRunner, name: string): Promise<void> {
    while (!this.stop.signal.aborted) {
      try {
        await runner.run(this.stop.signal);
      } catch (error) {
        if (!(error instanceof ProjectionAlreadyRunning)) {
          this.logger.error(`projection ${name} failed, retrying: ${String(error)}`);
        }
        await setTimeout(STANDBY_RETRY_MS, undefined, { signal: this.stop.signal }).catch(
          () => undefined, // aborted: shutting down
        );
      }
    }
  }
}
