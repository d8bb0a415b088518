import { Module } from '@nestjs/common';
import { EventStoreModule } from '@recovery/event-store';
import { EventLogExportService } from './exports/event-log-export.service';
import { ConformanceReportService } from './report/conformance-report.service';
import { ScorecardService } from './scorecard/scorecard.service';
import { AuditVerificationService } from './verification/audit-verification.service';

/**
 * The executive audit's read side: reports, proof and exports. Needs the app's
 * TypeORM DataSource (DatabaseModule). The read models are filled by
 * {@link auditProjection}, which the worker runs with the event store's ProjectionRunner.
 */
@Module({
  imports: [EventStoreModule.forRoot()],
  providers: [
    ConformanceReportService,
    ScorecardService,
    AuditVerificationService,
    EventLogExportService,
  ],
  exports: [
    ConformanceReportService,
    ScorecardService,
    AuditVerificationService,
    EventLogExportService,
  ],
})
export class AuditModule {}
