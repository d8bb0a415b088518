import { type ServiceLevel } from '@recovery/domain';

/**
 * The policy-versus-practice figures (issue 6). Durations in milliseconds, medians and
 * p90 by linear interpolation (percentile_cont); shares in [0, 1], null when nothing
 * was counted.
 *
 * Each duration names the two moments it spans. Calendar time counts every hour;
 * business time (issue 12) counts the open time of the site's calendar, every hour at
 * a site without one and for incidents recorded before issue 12, so the two figures
 * of such incidents are equal and stay comparable.
 */
export interface ConformanceFigures {
  incidents: number;
  acknowledgement: AcknowledgementFigures;
  escalation: EscalationFigures;
  remedies: RemedyFigures;
  promises: PromiseFigures;
  resolution: ResolutionFigures;
  /** Waits on the customer, while the resolve clock stood still (issue 12). */
  timePaused: TimePausedFigures;
  followUp: FollowUpFigures;
  channels: { written: number; verbal: number; system: number };
}

/**
 * One SLA clock: its median and p90 in both kinds of time, and how it met its deadline.
 * "Decided" counts the incidents whose outcome is known (met, or recorded overdue).
 */
export interface ClockFigures {
  medianMs: number | null;
  p90Ms: number | null;
  businessMedianMs: number | null;
  businessP90Ms: number | null;
  /** Incidents whose deadline for this clock counted business time. */
  businessClock: number;
  withinDeadline: number;
  decided: number;
  shareWithin: number | null;
  overdue: number;
}

/** Durations span opened → acknowledged. */
export interface AcknowledgementFigures extends ClockFigures {
  acknowledged: number;
}

/**
 * Durations span opened → first resolved: in calendar time with the time paused, in
 * business time without it (the resolve clock's own count).
 */
export interface ResolutionFigures extends ClockFigures {
  resolved: number;
  reopened: number;
  /** Reopened ÷ resolved: rework. */
  reopenRate: number | null;
}

/** Pauses count once they have ended (resumed, or ended by the resolution). */
export interface TimePausedFigures {
  /** Incidents whose resolve clock was paused at least once. */
  incidentsPaused: number;
  /** Incidents paused ÷ incidents. */
  share: number | null;
  /** Pauses ended, over every incident. */
  pauses: number;
  /** Per paused incident, paused → resumed summed over its pauses, calendar time. */
  medianMs: number | null;
  p90Ms: number | null;
}

export interface EscalationFigures {
  escalatedIncidents: number;
  share: number | null;
  /** Incidents that reached each rung (1-based level), any reason. */
  byRung: { level: number; incidents: number; share: number | null }[];
}

export interface RemedyFigures {
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
  /** Approval requested → decided. */
  medianTimeToDecisionMs: number | null;
  amountsGranted: AmountsGranted[];
  /** Grants outside the granter's authority, and requesters deciding their own approval. */
  violations: number;
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

export interface PromiseFigures {
  made: number;
  requiringConfirmation: number;
  confirmed: number;
  unconfirmed: number;
  kept: number;
  keptOnTime: number;
  broken: number;
  /** Kept on time ÷ settled (kept or broken). */
  keepRate: number | null;
  /** Median lateness of kept promises, due → kept (0 when on time): the expectation gap. */
  medianLatenessMs: number | null;
}

export interface FollowUpFigures {
  sent: number;
  answered: number;
  unanswered: number;
  averageScore: number | null;
  distribution: Record<ServiceLevel, number>;
}
