import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { IncidentsModule } from '@recovery/incidents';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { TemporalHealthIndicator } from './temporal.health';

/** Health, metrics: what an operator needs to run the API. */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), IncidentsModule],
  controllers: [HealthController, MetricsController],
  providers: [MetricsService, TemporalHealthIndicator],
  exports: [MetricsService],
})
export class OperationsModule {}
