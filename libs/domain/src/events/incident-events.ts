/**
 * The vocabulary of service recovery: every event an incident's stream can hold.
 * Names are public contract (issue 4) — the audit, exports and outside consumers
 * depend on them. Each event carries everything the audit needs (issue 6) so a
 * figure never requires a join: amounts with the limit that applied, approvers
 * with their role, elapsed times, lateness.
 *
 * Amounts are integer minor units (MinorUnits); timestamps are ISO-8601 UTC and
 * come from workflow time; durations are milliseconds.
 */
import { type Actor } from './event-metadata';
import { type ActingFor } from '../delegation/delegation-events';
import {
  type ApprovalId,
  type FollowUpId,
  type IncidentId,
  type IsoTimestamp,
  type NoteId,
  type PromiseId,
  type RemedyId,
} from '../ids/ids';
import {
  type Channel,
  type Fulfiller,
  type IncidentCategory,
  type IncidentKind,
  type ResolutionOutcome,
  type ServiceLevel,
  type Severity,
} from '../incident/incident-vocabulary';
import { type CurrencyCode, type MinorUnits } from '../money/money';
import { type CalendarRef } from '../calendar/calendar-document';
import {
  type Authority,
  type ClockKind,
  type EscalationTarget,
  type PolicyRef,
  type RemedyRule,
} from '../policy/policy-document';
import { type Milliseconds } from '../time/duration.util';

/** One event: a past-tense type and its data. */
export interface DomainEvent<Type extends string, Data> {
  type: Type;
  data: Data;
}

/** Why an escalation happened: which deadline was missed. */
export const ESCALATION_REASONS = [
  'acknowledgement_overdue',
  'approval_overdue',
  'promise_broken',
  'resolution_overdue',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/** A remedy rule as it applied at the time, with limits converted to minor units. */
export interface AppliedRemedyRule {
  type: string;
  currency: CurrencyCode;
  frontlineLimit: MinorUnits;
  supervisorLimit: MinorUnits;
  /** The rule exactly as written in the policy (major units). */
  source: RemedyRule;
}

/** The calendar version business time was counted in, and the time-zone rules that counted it. */
export interface CalendarUse extends CalendarRef {
  timeZone: string;
  /** The IANA tz database version of the process that computed it (`process.versions.tz`). */
  timeZoneData: string;
}

/**
 * The rules an incident's deadlines were computed under (issue 12), so the audit can
 * say which rules it ran under: each clock's kind of time and, when business time
 * was counted, the site's calendar version (pinned for the incident's life).
 */
export interface DeadlineRules {
  clocks: { acknowledge: ClockKind; resolve: ClockKind };
  calendar?: CalendarUse;
}

// ——— Opening and acknowledgement ———

/** An incident or complaint was opened under a pinned policy version. */
export type IncidentOpened = DomainEvent<
  'IncidentOpened',
  {
    incidentId: IncidentId;
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
    /** The policy's SLA as written, so the audit can state "within acknowledgeWithin". */
    sla: {
      acknowledgeWithin: string;
      resolveWithin: string;
      acknowledgeWithinMs: Milliseconds;
      resolveWithinMs: Milliseconds;
    };
    deadlines: { acknowledgeBy: IsoTimestamp; resolveBy: IsoTimestamp };
    /** Absent on incidents opened before issue 12: both clocks counted calendar time. */
    deadlineRules?: DeadlineRules;
    openedBy: Actor;
    openedAt: IsoTimestamp;
    /** Upstream source when opened through intake (CloudEvents source + id). */
    source?: { system: string; eventId: string };
  }
>;

/** Someone took ownership of the incident; `elapsedMs` is the time to first response. */
export type IncidentAcknowledged = DomainEvent<
  'IncidentAcknowledged',
  {
    incidentId: IncidentId;
    acknowledgedBy: Actor;
    acknowledgedAt: IsoTimestamp;
    elapsedMs: Milliseconds;
    /**
     * The same span counted in the open time of the site's calendar (equal to
     * elapsedMs where none applies); absent on events from before issue 12.
     */
    businessElapsedMs?: Milliseconds;
    deadline: IsoTimestamp;
    withinDeadline: boolean;
  }
>;

/** Nobody acknowledged before the deadline. */
export type AcknowledgementOverdue = DomainEvent<
  'AcknowledgementOverdue',
  {
    incidentId: IncidentId;
    deadline: IsoTimestamp;
    detectedAt: IsoTimestamp;
  }
>;

/** A missed deadline climbed one rung of the policy's escalation ladder. */
export type IncidentEscalated = DomainEvent<
  'IncidentEscalated',
  {
    incidentId: IncidentId;
    reason: EscalationReason;
    /** The approval or promise the missed deadline belongs to, when it is not the incident's. */
    subjectId?: ApprovalId | PromiseId;
    /** 1-based rung index on the ladder. */
    level: number;
    to: EscalationTarget;
    /** The rung's `after`, counted from `missedDeadline`. */
    after: string;
    missedDeadline: IsoTimestamp;
    escalatedAt: IsoTimestamp;
  }
>;

// ——— Remedies and approvals ———

/** Staff offered a remedy from the policy's catalogue. */
export type RemedyProposed = DomainEvent<
  'RemedyProposed',
  {
    incidentId: IncidentId;
    remedyId: RemedyId;
    remedyType: string;
    amount: MinorUnits;
    currency: CurrencyCode;
    description: string;
    proposedBy: Actor;
    proposedAt: IsoTimestamp;
    rule: AppliedRemedyRule;
    /** The lowest authority the amount needs under the rule. */
    requiredAuthority: Authority;
    /** True when the proposer's own role covers it, so it is granted at once. */
    withinProposerAuthority: boolean;
  }
>;

/** A remedy was granted: at once within the proposer's limit, or by an approval. */
export type RemedyApproved = DomainEvent<
  'RemedyApproved',
  {
    incidentId: IncidentId;
    remedyId: RemedyId;
    remedyType: string;
    amount: MinorUnits;
    currency: CurrencyCode;
    approvedBy: Actor;
    approvedAt: IsoTimestamp;
    via: 'within_limit' | 'approval';
    approvalId?: ApprovalId;
    /** The policy rule that allowed it and the authority it needed. */
    rule: AppliedRemedyRule;
    requiredAuthority: Authority;
  }
>;

/** A remedy above the proposer's limit waits for someone with authority. */
export type ApprovalRequested = DomainEvent<
  'ApprovalRequested',
  {
    incidentId: IncidentId;
    approvalId: ApprovalId;
    remedyId: RemedyId;
    remedyType: string;
    amount: MinorUnits;
    currency: CurrencyCode;
    requiredAuthority: Authority;
    requestedBy: Actor;
    requestedAt: IsoTimestamp;
    deadline: IsoTimestamp;
    /** When it expires if nobody decides, after the escalation ladder is climbed. */
    expiresAt: IsoTimestamp;
    site: string;
  }
>;

/** Shared shape of an approval decision. */
interface ApprovalDecisionData {
  incidentId: IncidentId;
  approvalId: ApprovalId;
  remedyId: RemedyId;
  approver: Actor;
  reason: string;
  decidedAt: IsoTimestamp;
  /** Time from request to decision. */
  elapsedMs: Milliseconds;
  requiredAuthority: Authority;
  amount: MinorUnits;
  currency: CurrencyCode;
  /** Whether the decision came before the first deadline. */
  withinDeadline: boolean;
  /**
   * Present when the approver decided under a delegation (issue 12): whose authority
   * they used. The API uses a delegation only when the approver's own role or sites
   * would not have sufficed, so a decision on one's own authority never carries it.
   */
  actingFor?: ActingFor;
}

export type ApprovalGranted = DomainEvent<'ApprovalGranted', ApprovalDecisionData>;
export type ApprovalDenied = DomainEvent<'ApprovalDenied', ApprovalDecisionData>;

/** Nobody decided in time, even after escalation (or the incident closed first). */
export type ApprovalExpired = DomainEvent<
  'ApprovalExpired',
  {
    incidentId: IncidentId;
    approvalId: ApprovalId;
    remedyId: RemedyId;
    expiredAt: IsoTimestamp;
    deadline: IsoTimestamp;
    reason: 'timeout' | 'incident_closed';
  }
>;

/** A granted remedy reached the customer (through the delivery activity). */
export type RemedyDelivered = DomainEvent<
  'RemedyDelivered',
  {
    incidentId: IncidentId;
    remedyId: RemedyId;
    remedyType: string;
    amount: MinorUnits;
    currency: CurrencyCode;
    deliveredAt: IsoTimestamp;
    deliveryRef: string;
  }
>;

// ——— Promises (DOMAIN.md §1–2) ———

/** A promise to the customer: what, by when, made by whom, fulfilled by whom. */
export type PromiseMade = DomainEvent<
  'PromiseMade',
  {
    incidentId: IncidentId;
    promiseId: PromiseId;
    description: string;
    dueAt: IsoTimestamp;
    madeBy: Actor;
    madeAt: IsoTimestamp;
    fulfilledBy: Fulfiller;
    /** True when someone other than the maker must fulfil it and so confirm it. */
    requiresConfirmation: boolean;
    confirmBy?: IsoTimestamp;
  }
>;

/** The fulfiller agreed to keep the promise. */
export type PromiseConfirmed = DomainEvent<
  'PromiseConfirmed',
  {
    incidentId: IncidentId;
    promiseId: PromiseId;
    confirmedBy: Actor;
    confirmedAt: IsoTimestamp;
  }
>;

/** Flag: the fulfiller did not confirm in time — the promise is a risk. */
export type PromiseUnconfirmed = DomainEvent<
  'PromiseUnconfirmed',
  {
    incidentId: IncidentId;
    promiseId: PromiseId;
    fulfilledBy: Fulfiller;
    confirmBy: IsoTimestamp;
    flaggedAt: IsoTimestamp;
  }
>;

/** The promise was kept; `latenessMs` is 0 when on time (the expectation gap). */
export type PromiseKept = DomainEvent<
  'PromiseKept',
  {
    incidentId: IncidentId;
    promiseId: PromiseId;
    keptBy: Actor;
    keptAt: IsoTimestamp;
    dueAt: IsoTimestamp;
    latenessMs: Milliseconds;
    onTime: boolean;
  }
>;

/** The due time passed and the promise was not kept. */
export type PromiseBroken = DomainEvent<
  'PromiseBroken',
  {
    incidentId: IncidentId;
    promiseId: PromiseId;
    description: string;
    dueAt: IsoTimestamp;
    brokenAt: IsoTimestamp;
    fulfilledBy: Fulfiller;
    madeBy: Actor;
  }
>;

// ——— Resolution, follow-up, closing, rework ———

export type IncidentResolved = DomainEvent<
  'IncidentResolved',
  {
    incidentId: IncidentId;
    outcome: ResolutionOutcome;
    summary: string;
    resolvedBy: Actor;
    resolvedAt: IsoTimestamp;
    /** Time from opening (or the latest reopening) to resolution. */
    elapsedMs: Milliseconds;
    /**
     * The span as the resolve clock counted it: open time of the site's calendar
     * (every hour where none applies), without the time paused. Absent before issue 12.
     */
    businessElapsedMs?: Milliseconds;
    /** Wall-clock time the resolve clock stood still within the span, waiting on the customer. */
    pausedMs?: Milliseconds;
    deadline: IsoTimestamp;
    withinDeadline: boolean;
  }
>;

export type ResolutionOverdue = DomainEvent<
  'ResolutionOverdue',
  {
    incidentId: IncidentId;
    deadline: IsoTimestamp;
    detectedAt: IsoTimestamp;
  }
>;

/** The customer was asked how it went (DOMAIN.md §6). */
export type FollowUpSent = DomainEvent<
  'FollowUpSent',
  {
    incidentId: IncidentId;
    followUpId: FollowUpId;
    customerRef: string;
    channel: Channel;
    sentAt: IsoTimestamp;
    answerBy: IsoTimestamp;
    /** Which notification adapter sent it and its reference. */
    adapter: string;
    notificationRef: string;
  }
>;

export type FeedbackReceived = DomainEvent<
  'FeedbackReceived',
  {
    incidentId: IncidentId;
    followUpId: FollowUpId;
    score: 1 | 2 | 3 | 4 | 5;
    level: ServiceLevel;
    comment?: string;
    recordedBy: Actor;
    receivedAt: IsoTimestamp;
  }
>;

export type FollowUpUnanswered = DomainEvent<
  'FollowUpUnanswered',
  {
    incidentId: IncidentId;
    followUpId: FollowUpId;
    answerBy: IsoTimestamp;
    detectedAt: IsoTimestamp;
  }
>;

export type IncidentClosed = DomainEvent<
  'IncidentClosed',
  {
    incidentId: IncidentId;
    closedAt: IsoTimestamp;
    reason: 'feedback_received' | 'follow_up_unanswered';
  }
>;

/** A resolved or closed incident came back: rework (DOMAIN.md §7). */
export type IncidentReopened = DomainEvent<
  'IncidentReopened',
  {
    incidentId: IncidentId;
    reason: string;
    reopenedBy: Actor;
    reopenedAt: IsoTimestamp;
    previousStatus: 'resolved' | 'closed';
    /** 1 for the first reopening. */
    reopenCount: number;
    /** A fresh resolution deadline under the same policy. */
    resolveBy: IsoTimestamp;
  }
>;

// ——— Waiting on the customer (issue 12) ———

/** The organisation waits on the customer: the resolve clock and its ladder stop. */
export type SlaClockPaused = DomainEvent<
  'SlaClockPaused',
  {
    incidentId: IncidentId;
    reason: string;
    pausedBy: Actor;
    pausedAt: IsoTimestamp;
    /** The resolve deadline as it stood when the clock stopped. */
    resolveBy: IsoTimestamp;
  }
>;

/** What ended a wait on the customer. */
export const RESUME_TRIGGERS = [
  'resume_requested',
  'customer_contacted',
  'incident_resolved',
] as const;
export type ResumeTrigger = (typeof RESUME_TRIGGERS)[number];

/** The resolve clock runs again; `pausedMs` is the wall-clock time it stood still. */
export type SlaClockResumed = DomainEvent<
  'SlaClockResumed',
  {
    incidentId: IncidentId;
    trigger: ResumeTrigger;
    resumedBy: Actor;
    pausedAt: IsoTimestamp;
    resumedAt: IsoTimestamp;
    pausedMs: Milliseconds;
    /** The pause counted in open time of the site's calendar (equal to pausedMs where none applies). */
    businessPausedMs: Milliseconds;
  }
>;

/**
 * Deadlines moved: after a pause the resolve deadline moves by the time paused,
 * counted in the clock's own kind of time (a deadline already missed stays missed);
 * a reopening starts the resolve clock again. Each records the rules it used.
 */
export type DeadlinesRescheduled = DomainEvent<
  'DeadlinesRescheduled',
  {
    incidentId: IncidentId;
    reason: 'sla_clock_resumed' | 'incident_reopened';
    previous: { acknowledgeBy: IsoTimestamp; resolveBy: IsoTimestamp };
    deadlines: { acknowledgeBy: IsoTimestamp; resolveBy: IsoTimestamp };
    rules: DeadlineRules;
    rescheduledAt: IsoTimestamp;
  }
>;

// ——— Conversation and ownership ———

export type NoteAdded = DomainEvent<
  'NoteAdded',
  {
    incidentId: IncidentId;
    noteId: NoteId;
    text: string;
    author: Actor;
    addedAt: IsoTimestamp;
  }
>;

export type CustomerContacted = DomainEvent<
  'CustomerContacted',
  {
    incidentId: IncidentId;
    channel: Channel;
    direction: 'inbound' | 'outbound';
    summary: string;
    contactedBy: Actor;
    contactedAt: IsoTimestamp;
  }
>;

export type IncidentReassigned = DomainEvent<
  'IncidentReassigned',
  {
    incidentId: IncidentId;
    from?: Fulfiller;
    to: Fulfiller;
    reason?: string;
    reassignedBy: Actor;
    reassignedAt: IsoTimestamp;
  }
>;

/** Every event an incident stream can hold. */
export type IncidentEvent =
  | IncidentOpened
  | IncidentAcknowledged
  | AcknowledgementOverdue
  | IncidentEscalated
  | RemedyProposed
  | RemedyApproved
  | ApprovalRequested
  | ApprovalGranted
  | ApprovalDenied
  | ApprovalExpired
  | RemedyDelivered
  | PromiseMade
  | PromiseConfirmed
  | PromiseUnconfirmed
  | PromiseKept
  | PromiseBroken
  | IncidentResolved
  | SlaClockPaused
  | SlaClockResumed
  | DeadlinesRescheduled
  | ResolutionOverdue
  | FollowUpSent
  | FeedbackReceived
  | FollowUpUnanswered
  | IncidentClosed
  | IncidentReopened
  | NoteAdded
  | CustomerContacted
  | IncidentReassigned;

export type IncidentEventType = IncidentEvent['type'];

/** The event of a given type. */
export type IncidentEventOf<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>;
/** The data of a given event type. */
export type IncidentEventData<T extends IncidentEventType> = IncidentEventOf<T>['data'];

/**
 * Schema version of each event's data. Bump when a data shape changes
 * incompatibly and add an upcaster where events are read.
 */
export const EVENT_SCHEMA_VERSIONS: Readonly<Record<IncidentEventType, number>> = {
  IncidentOpened: 1,
  IncidentAcknowledged: 1,
  AcknowledgementOverdue: 1,
  IncidentEscalated: 1,
  RemedyProposed: 1,
  RemedyApproved: 1,
  ApprovalRequested: 1,
  ApprovalGranted: 1,
  ApprovalDenied: 1,
  ApprovalExpired: 1,
  RemedyDelivered: 1,
  PromiseMade: 1,
  PromiseConfirmed: 1,
  PromiseUnconfirmed: 1,
  PromiseKept: 1,
  PromiseBroken: 1,
  IncidentResolved: 1,
  SlaClockPaused: 1,
  SlaClockResumed: 1,
  DeadlinesRescheduled: 1,
  ResolutionOverdue: 1,
  FollowUpSent: 1,
  FeedbackReceived: 1,
  FollowUpUnanswered: 1,
  IncidentClosed: 1,
  IncidentReopened: 1,
  NoteAdded: 1,
  CustomerContacted: 1,
  IncidentReassigned: 1,
};

/** Every event type name, in the order of the process. */
export const INCIDENT_EVENT_TYPES = Object.keys(EVENT_SCHEMA_VERSIONS) as IncidentEventType[];

/** Type guard for an incident event type name. */
export function isIncidentEventType(type: string): type is IncidentEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);
}
