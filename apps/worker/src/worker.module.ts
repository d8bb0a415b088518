import { Module } from '@nestjs/common';
import { AuditModule } from '@recovery/audit';
import { AppConfigModule } from '@recovery/config';
import { DatabaseModule } from '@recovery/database';
import { EventStoreModule } from '@recovery/event-store';
import { PersonalDataModule } from '@recovery/personal-data';
import { ActivitiesModule } from './activities';
import { CheckpointScheduleService } from './audit/checkpoint-schedule.service';
import { WorkerMetricsModule } from './metrics';
import { ProjectionHostService } from './projections/projection-host.service';
import { TemporalWorkerService } from './temporal-worker.service';
import { WebhookDispatchHostService } from './webhooks/webhook-dispatch-host.service';

/**
 * The worker process: configuration, database, activities and the Temporal
 * Worker, plus the asynchronous projections (the audit read models, the webhook
 * outbox), the webhook dispatcher, the periodic signed checkpoints and /metrics.
 */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    ActivitiesModule,
    EventStoreModule.forRoot(),
    WorkerMetricsModule,
    AuditModule,
    PersonalDataModule,
  ],
  providers: [
    TemporalWorkerService,
    ProjectionHostService,
    WebhookDispatchHostService,
    CheckpointScheduleService,
  ],
})
export class WorkerModule {}
