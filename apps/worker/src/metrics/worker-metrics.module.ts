import { Module } from '@nestjs/common';
import { EventStoreModule } from '@recovery/event-store';
import { WorkerMetricsServer } from './worker-metrics.server';
import { WorkerMetricsService } from './worker-metrics.service';

/** The worker's /metrics; other worker modules import it to count what they do. */
@Module({
  imports: [EventStoreModule.forRoot()],
  providers: [WorkerMetricsService, WorkerMetricsServer],
  exports: [WorkerMetricsService],
})
export class WorkerMetricsModule {}
