import { type Actor } from '../events/event-metadata';
import { type DeadlineRules, type EscalationReason } from '../events/incident-events';
import {
  type ApprovalId,
  type FollowUpId,
  type IncidentId,
  type IsoTimestamp,
  type PromiseId,
  type RemedyId,
} from '../ids/ids';
import { type CurrencyCode, type MinorUnits } from '../money/money';
import { type Authority, type EscalationTarget, type PolicyRef } from '../policy/policy-document';
import { type Milliseconds } from '../time/duration.util';
import {
  type Channel,
  type Fulfiller,
  type IncidentCategory,
  type IncidentKind,
  type ResolutionOutcome,
  type ServiceLevel,
  type Severity,
} from './incident-vocabulary';

/**
 * Lifecycle: new → open → acknowledged → resolved → closed; a resolved or closed
 * incident can be reopened, after which it behaves like an acknowledged one. An
 * acknowledged (or reopened) incident may wait on the customer, its resolve clock
 * paused, and returns to where it was when the clock resumes.
 */
export type IncidentStatus =
  'new' | 'open' | 'acknowledged' | 'waiting_on_customer' | 'resolved' | 'closed' | 'reopened';

/** Every status an opened incident can have (IncidentStatus but `new`), in the order of its life. */
export const INCIDENT_STATUSES = [
  'open',
  'acknowledged',
  'waiting_on_customer',
  'reopened',
  'resolved',
  'closed',
] as const satisfies readonly IncidentStatus[];

export const REMEDY_STATUSES = [
  'approved',
  'pending_approval',
  'denied',
  'expired',
  'delivered',
] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];

export interface RemedyView {
  remedyId: RemedyId;
  remedyType: string;
  amount: MinorUnits;
  currency: CurrencyCode;
  description: string;
  requiredAuthority: Authority;
  proposedBy: Actor;
  proposedAt: IsoTimestamp;
  status: RemedyStatus;
  approvalId?: ApprovalId;
  deliveredAt?: IsoTimestamp;
  deliveryRef?: string;
}

export const APPROVAL_STATUSES = ['pending', 'granted', 'denied', 'expired'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface ApprovalView {
  approvalId: ApprovalId;
  remedyId: RemedyId;
  remedyType: string;
  amount: MinorUnits;
  currency: CurrencyCode;
  requiredAuthority: Authority;
  requestedBy: Actor;
  requestedAt: IsoTimestamp;
  deadline: IsoTimestamp;
  expiresAt: IsoTimestamp;
  status: ApprovalStatus;
  decidedBy?: Actor;
  reason?: string;
  decidedAt?: IsoTimestamp;
}

export const PROMISE_STATUSES = ['open', 'kept', 'broken'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export interface PromiseView {
  promiseId: PromiseId;
  description: string;
  dueAt: IsoTimestamp;
  madeBy: Actor;
  madeAt: IsoTimestamp;
  fulfilledBy: Fulfiller;
  requiresConfirmation: boolean;
  confirmBy?: IsoTimestamp;
  confirmedBy?: Actor;
  /** Flagged: the fulfiller did not confirm in time. */
  unconfirmed: boolean;
  status: PromiseStatus;
  keptAt?: IsoTimestamp;
  latenessMs?: Milliseconds;
}

export interface EscalationView {
  reason: EscalationReason;
  subjectId?: ApprovalId | PromiseId;
  level: number;
  to: EscalationTarget;
  missedDeadline: IsoTimestamp;
  escalatedAt: IsoTimestamp;
}

export interface FollowUpView {
  followUpId: FollowUpId;
  sentAt: IsoTimestamp;
  answerBy: IsoTimestamp;
  status: 'awaiting' | 'answered' | 'unanswered';
  score?: number;
  level?: ServiceLevel;
}

/** Time the resolve clock stood still waiting on the customer (finished pauses). */
export interface PauseTotals {
  /** Over the incident's life, wall-clock. */
  totalMs: Milliseconds;
  /** Within the current resolve clock (since the opening or the latest reopening), wall-clock… */
  clockMs: Milliseconds;
  /** …and in open time of the site's calendar. */
  clockBusinessMs: Milliseconds;
  /** After the resolve deadline was missed: its escalation ladder stood still that long. */
  ladderMs: Milliseconds;
}

export const NO_PAUSES: PauseTotals = Object.freeze({
  totalMs: 0,
  clockMs: 0,
  clockBusinessMs: 0,
  ladderMs: 0,
});

/** The current state of one incident, folded from its events. JSON-serialisable. */
export interface IncidentState {
  incidentId: IncidentId;
  status: IncidentStatus;
  kind: IncidentKind;
  channel: Channel;
  category: IncidentCategory;
  severity: Severity;
  customerRef: string;
  site: string;
  summary: string;
  details?: string;
  team?: string;
  policy: PolicyRef;
  openedBy?: Actor;
  openedAt: IsoTimestamp;
  deadlines: { acknowledgeBy: IsoTimestamp; resolveBy: IsoTimestamp };
  /** The rules the deadlines were computed under (absent for incidents opened before issue 12). */
  deadlineRules?: DeadlineRules;
  /** While waiting on the customer: when the resolve clock stopped, and the status to return to. */
  pausedAt?: IsoTimestamp;
  statusBeforePause?: 'acknowledged' | 'reopened';
  /** How long the resolve clock has stood still, over every finished pause. */
  pauseTotals: PauseTotals;
  acknowledgedAt?: IsoTimestamp;
  acknowledgedBy?: Actor;
  acknowledgementOverdue: boolean;
  resolutionOverdue: boolean;
  /** Start of the current resolution clock: opening, or the latest reopening. */
  resolutionClockStartedAt: IsoTimestamp;
  resolvedAt?: IsoTimestamp;
  resolution?: { outcome: ResolutionOutcome; summary: string; resolvedBy: Actor };
  closedAt?: IsoTimestamp;
  escalationLevel: number;
  escalations: EscalationView[];
  remedies: RemedyView[];
  approvals: ApprovalView[];
  promises: PromiseView[];
  followUp?: FollowUpView;
  assignee?: Fulfiller;
  reopenCount: number;
  noteCount: number;
  /** Number of events folded: the stream version of the last one. */
  version: number;
  lastEventAt?: IsoTimestamp;
}

const EPOCH = '1970-01-01T00:00:00.000Z' as IsoTimestamp;

/** The state before IncidentOpened. */
export const initialIncidentState: IncidentState = Object.freeze({
  incidentId: '' as IncidentId,
  status: 'new',
  kind: 'incident',
  channel: 'system',
  category: '',
  severity: 'low',
  customerRef: '',
  site: '',
  summary: '',
  policy: { key: '', version: 0 },
  openedAt: EPOCH,
  deadlines: { acknowledgeBy: EPOCH, resolveBy: EPOCH },
  acknowledgementOverdue: false,
  resolutionOverdue: false,
  resolutionClockStartedAt: EPOCH,
  pauseTotals: NO_PAUSES,
  escalationLevel: 0,
  escalations: [],
  remedies: [],
  approvals: [],
  promises: [],
  reopenCount: 0,
  noteCount: 0,
  version: 0,
});

/**
 * A state stored or handed over by older code (a read-model row, a continue-as-new
 * input) lacks the fields added since: their initial values fill them.
 */
export function withStateDefaults(stored: IncidentState): IncidentState {
  return { ...initialIncidentState, ...stored };
}

/** True while work can still happen on the incident (not resolved, not closed). */
export function isActive(state: IncidentState): boolean {
  return (
    state.status === 'open' ||
    state.status === 'acknowledged' ||
    state.status === 'reopened' ||
    state.status === 'waiting_on_customer'
  );
}

/** True while the resolve clock (and its escalation ladder) runs: active and not waiting on the customer. */
export function resolveClockRunning(state: IncidentState): boolean {
  return isActive(state) && state.status !== 'waiting_on_customer';
}

/** Promises neither kept nor broken. */
export function openPromises(state: IncidentState): PromiseView[] {
  return state.promises.filter((p) => p.status === 'open');
}

/** Approvals nobody has decided yet. */
export function pendingApprovals(state: IncidentState): ApprovalView[] {
  return state.approvals.filter((a) => a.status === 'pending');
}

/** How many rungs have been climbed for one missed deadline. */
export function rungsClimbed(
  state: IncidentState,
  reason: EscalationReason,
  missedDeadline: string,
  subjectId?: string,
): number {
  return state.escalations.filter(
    (e) => e.reason === reason && e.missedDeadline === missedDeadline && e.subjectId === subjectId,
  ).length;
}
