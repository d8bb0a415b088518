export { AuditModule } from './audit.module';
export { auditMigrations } from './read-models';
export { auditProjection, AUDIT_PROJECTION_NAME } from './projections/audit.projection';
export { AuditExportForbidden, IncidentStreamNotFound, InvalidAuditQuery } from './audit.error';
export { type AuditFilter } from './report/audit-filter';
export * from './report/conformance-report.types';
export { ConformanceReportService, DEVIATIONS_PAGE } from './report/conformance-report.service';
export {
  ScorecardService,
  SCORECARD_INTERVALS,
  type Scorecard,
  type ScorecardInterval,
  type ScorecardPeriod,
} from './scorecard/scorecard.service';
export {
  AuditVerificationService,
  type AuditVerification,
} from './verification/audit-verification.service';
export { type ReadModelCheck, type ReadModelDrift } from './verification/read-model-drift';
export * from './checkpoints';
export { EventLogExportService, EXPORT_PAGE_SIZE } from './exports/event-log-export.service';
export { CSV_COLUMNS } from './exports/csv-event-log.util';
export { type OcelEvent, type OcelObject, type OcelType } from './exports/ocel.types';
