import { Module } from '@nestjs/common';
import { AppConfigModule } from '@recovery/config';
import { DatabaseModule } from '@recovery/database';
import { EventStoreModule } from '@recovery/event-store';
import { ActivitiesModule } from './activities';
import { ProjectionHostService } from './projections/projection-host.service';
import { TemporalWorkerService } from './temporal-worker.service';

/**
 * The worker process: configuration, database, activities and the Temporal
 * Worker, plus the asynchronous projections (the audit read models).
 */
@Module({
  imports: [AppConfigModule, DatabaseModule, ActivitiesModule, EventStoreModule.forRoot()],
  providers: [TemporalWorkerService, ProjectionHostService],
})
export class WorkerModule {}
