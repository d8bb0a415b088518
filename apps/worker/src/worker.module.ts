import { Module } from '@nestjs/common';
import { AppConfigModule } from '@recovery/config';
import { DatabaseModule } from '@recovery/database';
import { ActivitiesModule } from './activities';
import { TemporalWorkerService } from './temporal-worker.service';

/** The worker process: configuration, database, activities and the Temporal Worker. */
@Module({
  imports: [AppConfigModule, DatabaseModule, ActivitiesModule],
  providers: [TemporalWorkerService],
})
export class WorkerModule {}
