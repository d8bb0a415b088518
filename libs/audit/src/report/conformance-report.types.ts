import { type ServiceLevel } from '@recovery/domain';
import { type AuditFilter } from './audit-filter';

/**
 * The policy-versus-practice figures (issue 6). Durations in milliseconds, medians and
 * p90 by linear interpolation (percentile_cont); shares in [0, 1], null when nothing
 * was counted. "Decided" counts the incidents whose deadline outcome is known
 * (met, or missed and recorded as overdue), the denominator of each share within.
 */
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
    /** Incidents that reached each rung (1-based level), any reason. */
    byRung: { level: number; incidents: number; share: number | null }[];
  };
  remedies: {
    proposed: number;
    /** Granted at once, within the proposer's own limit. */
    grantedWithinFrontlineLimits: number;
    sentForApproval: number;
    approvalsGranted: number;
    approvalsDenied: number;
    approvalsExpired: number;
    /** Every grant, by either path. */
    granted: number;
    delivered: number;
    medianTimeToDecisionMs: number | null;
    amountsGranted: AmountsGranted[];
    /** Grants outside the granter's authority, and requesters deciding their own approval. */
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
    /** Kept on time ÷ settled (kept or broken). */
    keepRate: number | null;
    /** Median lateness of kept promises (0 when on time): the expectation gap. */
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
    /** Reopened ÷ resolved: rework. */
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

/** Granted amounts in one currency, against the limits that applied to each grant. */
export interface AmountsGranted {
  currency: string;
  grants: number;
  /** Major units of `currency`, like the policy limits (45.5 = 45.50 EUR). */
  total: number;
  /** Grants whose amount needed frontline authority, supervisor authority, or a manager's. */
  withinFrontlineLimit: number;
  withinSupervisorLimit: number;
  aboveSupervisorLimit: number;
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
/** How practice departed from policy. */
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export interface Deviation {
  incidentId: string;
  kind: DeviationKind;
  /** The promise, remedy or approval concerned, when it is not the incident itself. */
  subjectId: string | null;
  at: string;
  site: string | null;
  policyKey: string | null;
  policyVersion: number | null;
  /** The incident's event stream, where the deviation can be traced. */
  eventsUrl: string;
}

export interface DeviationPage {
  total: number;
  byKind: Record<DeviationKind, number>;
  limit: number;
  offset: number;
  items: Deviation[];
}

export interface ConformanceQuery extends AuditFilter {
  /** A second version of `policyKey` to put side by side with `policyVersion`. */
  compareVersion?: number;
  deviationsLimit?: number;
  deviationsOffset?: number;
}

export interface ConformanceReport {
  filter: AuditFilter;
  figures: ConformanceFigures;
  deviations: DeviationPage;
  /** The same figures for two versions of one policy, so an executive sees whether a change helped. */
  comparison?: {
    policyKey: string;
    versions: { policyVersion: number; figures: ConformanceFigures }[];
  };
}
