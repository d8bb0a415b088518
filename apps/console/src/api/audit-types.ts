// The wire shapes of the executive audit (GET /v1/audit/*). The conformance
// report's and the scorecard's are the audit library's own (imported as types, and
// the deviation kinds and intervals as the one list), so they cannot drift from the
// API. The verification's is written out from libs/audit
// (audit-verification.service.ts): that file also holds the Nest service, and even a
// type-only import would put @nestjs/common, typeorm and rxjs into the console's type check.
import { type AuditFilter } from '../../../../libs/audit/src/report/audit-filter';

export type {
  AmountsGranted,
  ClockFigures,
  ConformanceFigures,
  ConformanceReport,
  Deviation,
  DeviationKind,
  DeviationPage,
  TimePausedFigures,
} from '../../../../libs/audit/src/report/conformance-report.types';
export { DEVIATION_KINDS } from '../../../../libs/audit/src/report/conformance-report.types';
export type { AuditFilter };

export type {
  Scorecard,
  ScorecardInterval,
  ScorecardPeriod,
} from '../../../../libs/audit/src/scorecard/scorecard.types';
export { SCORECARD_INTERVALS } from '../../../../libs/audit/src/scorecard/scorecard.types';

export interface BrokenLink {
  streamId: string;
  streamVersion: number;
  reason: string;
  incidentId?: string;
  eventsUrl?: string;
}

/** GET /v1/audit/verify */
export interface AuditVerification {
  ok: boolean;
  streams: number;
  events: number;
  erasedPersonalData: number;
  scope: { incidentId: string } | 'store';
  broken?: BrokenLink;
  headsDigest?: {
    checkpoint: { transactionId: number; globalPosition: number };
    digest: string;
    streams: number;
    events: number;
  };
}
