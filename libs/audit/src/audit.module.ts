import { Logger, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { EventStoreModule } from '@recovery/event-store';
import { PersonalDataModule } from '@recovery/personal-data';
import { AuditCheckpointsRepository } from './checkpoints/audit-checkpoints.repository';
import { AuditCheckpointsService } from './checkpoints/audit-checkpoints.service';
import { AuditSigningKey } from './checkpoints/audit-signing-key';
import { loadAuditSigningKey } from './checkpoints/signing-key.source';
import { EventLogExportService } from './exports/event-log-export.service';
import { ConformanceReportService } from './report/conformance-report.service';
import { ScorecardService } from './scorecard/scorecard.service';
import { AuditVerificationService } from './verification/audit-verification.service';

/**
 * The executive audit's read side: reports, proof, signed checkpoints and exports.
 * Needs the app's TypeORM DataSource (DatabaseModule) and AppConfig (global). The read models are filled by
 * {@link auditProjection}, which the worker runs with the event store's ProjectionRunner.
 */
@Module({
  imports: [EventStoreModule.forRoot(), PersonalDataModule],
  providers: [
    {
      provide: AuditSigningKey,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        loadAuditSigningKey(config, (message) => new Logger('AuditSigningKey').warn(message)),
    },
    {
      provide: AuditCheckpointsRepository,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new AuditCheckpointsRepository(ds),
    },
    AuditCheckpointsService,
    ConformanceReportService,
    ScorecardService,
    AuditVerificationService,
    EventLogExportService,
  ],
  exports: [
    AuditCheckpointsService,
    ConformanceReportService,
    ScorecardService,
    AuditVerificationService,
    EventLogExportService,
  ],
})
export class AuditModule {}
