import {
  type ActorRole,
  type ApprovalStatus,
  type Authority,
  type Channel,
  type DeadlineRules,
  type EscalationReason,
  type EscalationTarget,
  type IncidentKind,
  type IncidentStatus,
  type PromiseStatus,
  type RemedyStatus,
  type ResolutionOutcome,
  type ServiceLevel,
  type Severity,
} from '@recovery/domain';
import { type IncidentClock } from './incident-clocks.util';

/**
 * GET /v1/incidents/:id: what a client sees of one incident. The read side's own
 * shape, not the domain's folded IncidentState: every field is listed here, so an
 * internal one (the resolution clock's start) never leaks into the body, and amounts
 * are in major units like the policy's limits. Times are ISO-8601 UTC.
 */
export interface IncidentDetail {
  id: string;
  status: IncidentStatus;
  kind: IncidentKind;
  channel: Channel;
  category: string;
  severity: Severity;
  customerRef: string;
  site: string;
  summary: string;
  details?: string;
  team?: string;
  policy: { key: string; version: number };
  openedBy?: ActorDetail;
  openedAt: string;
  /** The current deadlines: a resumed pause moves the resolve deadline. */
  deadlines: { acknowledgeBy: string; resolveBy: string };
  /** The rules they were computed under; absent for incidents opened before issue 12. */
  deadlineRules?: DeadlineRules;
  /** Wall-clock time the resolve clock stood still over every finished pause. */
  pausedMs: number;
  /** While waiting on the customer: when the resolve clock stopped. */
  pausedSince?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: ActorDetail;
  acknowledgementOverdue: boolean;
  resolutionOverdue: boolean;
  resolvedAt?: string;
  resolution?: ResolutionDetail;
  closedAt?: string;
  escalationLevel: number;
  escalations: EscalationDetail[];
  remedies: RemedyDetail[];
  approvals: ApprovalDetail[];
  promises: PromiseDetail[];
  followUp?: FollowUpDetail;
  assignee?: FulfillerDetail;
  reopenCount: number;
  noteCount: number;
  /** Stream version of the last event folded. */
  version: number;
  lastEventAt?: string;
  /** The promises neither kept nor broken. */
  openPromises: PromiseDetail[];
  /** The approvals nobody has decided yet. */
  pendingApprovals: ApprovalDetail[];
  /** Every running clock, earliest first (the same rule as the list's). */
  clocks: IncidentClock[];
}

export interface ActorDetail {
  id: string;
  role: ActorRole;
  name?: string;
}

export interface FulfillerDetail {
  kind: 'person' | 'team';
  id: string;
}

export interface ResolutionDetail {
  outcome: ResolutionOutcome;
  summary: string;
  resolvedBy: ActorDetail;
}

export interface EscalationDetail {
  reason: EscalationReason;
  /** The approval or promise whose deadline was missed, when it is not the incident's own. */
  subjectId?: string;
  level: number;
  to: EscalationTarget;
  missedDeadline: string;
  escalatedAt: string;
}

export interface RemedyDetail {
  remedyId: string;
  remedyType: string;
  /** Major units of `currency` (45.5 = 45.50 EUR). */
  amount: number;
  currency: string;
  description: string;
  requiredAuthority: Authority;
  proposedBy: ActorDetail;
  proposedAt: string;
  status: RemedyStatus;
  approvalId?: string;
  deliveredAt?: string;
  deliveryRef?: string;
}

export interface ApprovalDetail {
  approvalId: string;
  remedyId: string;
  remedyType: string;
  /** Major units of `currency` (45.5 = 45.50 EUR). */
  amount: number;
  currency: string;
  requiredAuthority: Authority;
  requestedBy: ActorDetail;
  requestedAt: string;
  deadline: string;
  expiresAt: string;
  status: ApprovalStatus;
  decidedBy?: ActorDetail;
  reason?: string;
  decidedAt?: string;
}

export interface PromiseDetail {
  promiseId: string;
  description: string;
  dueAt: string;
  madeBy: ActorDetail;
  madeAt: string;
  fulfilledBy: FulfillerDetail;
  requiresConfirmation: boolean;
  confirmBy?: string;
  confirmedBy?: ActorDetail;
  /** The fulfiller did not confirm in time. */
  unconfirmed: boolean;
  status: PromiseStatus;
  keptAt?: string;
  latenessMs?: number;
}

export interface FollowUpDetail {
  followUpId: string;
  sentAt: string;
  answerBy: string;
  status: 'awaiting' | 'answered' | 'unanswered';
  score?: number;
  level?: ServiceLevel;
}
