// The wire shapes of the executive audit (GET /v1/audit/*). The conformance
// report's are the audit library's own (imported as types, and the deviation
// kinds as the one list), so they cannot drift from the API. The scorecard's and
// the verification's are written out from libs/audit (scorecard.service.ts,
// audit-verification.service.ts): those files also hold the Nest services, and
// even a type-only import would put @nestjs/common, typeorm and rxjs into the
// console's type check. The scorecard's time paused is the report's own type.
import { type AuditFilter } from '../../../../libs/audit/src/report/audit-filter';
import { type TimePausedFigures } from '../../../../libs/audit/src/report/conformance-report.types';

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

export const SCORECARD_INTERVALS = ['day', 'week', 'month'] as const;
export type ScorecardInterval = (typeof SCORECARD_INTERVALS)[number];

/** One period of the scorecard; periods without incidents are omitted. */
export interface ScorecardPeriod {
  period: string;
  incidents: number;
  complaints: { total: number; written: number; verbal: number };
  /** Opened → acknowledged, calendar time. */
  medianAcknowledgeMs: number | null;
  /** Opened → first resolved, calendar time. */
  medianResolveMs: number | null;
  /** Opened → acknowledged, business time (every hour where the site has no calendar). */
  medianAcknowledgeBusinessMs: number | null;
  /** Opened → first resolved, business time without the time paused. */
  medianResolveBusinessMs: number | null;
  /** Waits on the customer, as in the conformance report. */
  timePaused: TimePausedFigures;
  keepRate: number | null;
  reopenRate: number | null;
  satisfaction: { averageScore: number | null; answered: number };
}

/** GET /v1/audit/scorecard */
export interface Scorecard {
  interval: ScorecardInterval;
  filter: AuditFilter;
  periods: ScorecardPeriod[];
}

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
