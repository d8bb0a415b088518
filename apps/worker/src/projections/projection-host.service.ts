import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, ProjectionAlreadyRunning, ProjectionRunner } from '@recovery/event-store';
import { BackgroundLoops } from '../background/background-loops';
import { keepRunning } from '../background/keep-running.util';
import { ASYNC_PROJECTIONS } from './async-projections';

/**
 * Runs each asynchronous projection in the background of the worker process.
 * The runner's advisory lock makes one replica active per projection; the
 * others stand by.
 */
@Injectable()
export class ProjectionHostService extends BackgroundLoops {
  private readonly logger = new Logger(ProjectionHostService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventStore) private readonly store: EventStore,
  ) {
    super();
  }

  protected startLoops(signal: AbortSignal): Promise<void>[] {
    return ASYNC_PROJECTIONS.map((projection) => {
      const runner = new ProjectionRunner(this.dataSource, this.store, projection);
      return keepRunning(
        {
          name: `projection ${projection.name}`,
          run: (stop) => runner.run(stop),
          isStandby: (error) => error instanceof ProjectionAlreadyRunning,
        },
        signal,
        this.logger,
      );
    });
  }
}
