import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, ProjectionAlreadyRunning, ProjectionRunner } from '@recovery/event-store';
import { keepRunning } from '../background/keep-running.util';
import { ASYNC_PROJECTIONS } from './async-projections';

/**
 * Runs each asynchronous projection in the background of the worker process.
 * The runner's advisory lock makes one replica active per projection; the
 * others stand by.
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
    this.loops = ASYNC_PROJECTIONS.map((projection) => {
      const runner = new ProjectionRunner(this.dataSource, this.store, projection);
      return keepRunning(
        {
          name: `projection ${projection.name}`,
          run: (signal) => runner.run(signal),
          isStandby: (error) => error instanceof ProjectionAlreadyRunning,
        },
        this.stop.signal,
        this.logger,
      );
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await Promise.all(this.loops);
  }
}
