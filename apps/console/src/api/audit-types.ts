// The wire shapes of the executive audit (GET /v1/audit/*). The conformance
// report's are the audit library's own (imported as types, and the deviation
// kinds as the one list), so they cannot drift from the API; the scorecard's and
// the verification's are written out from libs/audit (scorecard.service.ts,
// audit-verification.service.ts), whose files also hold server code.
import { type AuditFilter } from '../../../../libs/audit/src/report/audit-filter';

export type {
  AmountsGranted,
  ConformanceFigures,
  ConformanceReport,
  Deviation,
  DeviationKind,
  DeviationPage,
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
  medianAcknowledgeMs: number | null;
  medianResolveMs: number | null;
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
