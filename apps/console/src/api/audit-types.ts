// The wire shapes of the executive audit (GET /v1/audit/*): written out from
// libs/audit (conformance-report.types.ts, scorecard.service.ts,
// audit-verification.service.ts), the types the API answers with.
import { type ServiceLevel } from '@recovery/domain/incident/incident-vocabulary';

export interface AuditFilter {
  from?: string;
  to?: string;
  site?: string;
  category?: string;
  policyKey?: string;
  policyVersion?: number;
  staffId?: string;
}

/** Granted amounts in one currency (major units), against the limits that applied. */
export interface AmountsGranted {
  currency: string;
  grants: number;
  total: number;
  withinFrontlineLimit: number;
  withinSupervisorLimit: number;
  aboveSupervisorLimit: number;
}

/** Durations in milliseconds; shares in [0, 1]; null when nothing was counted. */
export interface ConformanceFigures {
  incidents: number;
  acknowledgement: {
    acknowledged: number;
    medianMs: number | null;
    p90Ms: number | null;
    withinDeadline: number;
    decided: number;
    shareWithin: number | null;
    overdue: number;
  };
  escalation: {
    escalatedIncidents: number;
    share: number | null;
    byRung: { level: number; incidents: number; share: number | null }[];
  };
  remedies: {
    proposed: number;
    grantedWithinFrontlineLimits: number;
    sentForApproval: number;
    approvalsGranted: number;
    approvalsDenied: number;
    approvalsExpired: number;
    granted: number;
    delivered: number;
    medianTimeToDecisionMs: number | null;
    amountsGranted: AmountsGranted[];
    violations: number;
  };
  promises: {
    made: number;
    requiringConfirmation: number;
    confirmed: number;
    unconfirmed: number;
    kept: number;
    keptOnTime: number;
    broken: number;
    keepRate: number | null;
    medianLatenessMs: number | null;
  };
  resolution: {
    resolved: number;
    medianMs: number | null;
    p90Ms: number | null;
    withinDeadline: number;
    decided: number;
    shareWithin: number | null;
    overdue: number;
    reopened: number;
    reopenRate: number | null;
  };
  followUp: {
    sent: number;
    answered: number;
    unanswered: number;
    averageScore: number | null;
    distribution: Record<ServiceLevel, number>;
  };
  channels: { written: number; verbal: number; system: number };
}

export const DEVIATION_KINDS = [
  'late_acknowledgement',
  'late_resolution',
  'broken_promise',
  'unconfirmed_promise',
  'grant_outside_authority',
  'currency_mismatch',
  'self_approval',
  'approval_expired',
  'missing_follow_up',
] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export interface Deviation {
  incidentId: string;
  kind: DeviationKind;
  subjectId: string | null;
  at: string;
  site: string | null;
  policyKey: string | null;
  policyVersion: number | null;
  eventsUrl: string;
}

export interface DeviationPage {
  total: number;
  byKind: Record<DeviationKind, number>;
  limit: number;
  offset: number;
  items: Deviation[];
}

/** GET /v1/audit/conformance */
export interface ConformanceReport {
  filter: AuditFilter;
  figures: ConformanceFigures;
  deviations: DeviationPage;
  comparison?: {
    policyKey: string;
    versions: { policyVersion: number; figures: ConformanceFigures }[];
  };
}

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
