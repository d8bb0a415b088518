import { type IncidentEvent } from '../events/incident-events';
import {
  type ApprovalView,
  type IncidentState,
  initialIncidentState,
  type PromiseView,
  type RemedyView,
} from './incident-state';

const updateRemedy = (state: IncidentState, id: string, patch: Partial<RemedyView>): RemedyView[] =>
  state.remedies.map((r) => (r.remedyId === id ? { ...r, ...patch } : r));
const updateApproval = (
  state: IncidentState,
  id: string,
  patch: Partial<ApprovalView>,
): ApprovalView[] => state.approvals.map((a) => (a.approvalId === id ? { ...a, ...patch } : a));
const updatePromise = (
  state: IncidentState,
  id: string,
  patch: Partial<PromiseView>,
): PromiseView[] => state.promises.map((p) => (p.promiseId === id ? { ...p, ...patch } : p));

/** Folds one event into the incident's state (pure; never mutates `state`). */
export function evolve(current: IncidentState, event: IncidentEvent): IncidentState {
  const state = { ...current, version: current.version + 1 };
  switch (event.type) {
    case 'IncidentOpened': {
      const { data } = event;
      return {
        ...state,
        incidentId: data.incidentId,
        status: 'open',
        kind: data.kind,
        channel: data.channel,
        category: data.category,
        severity: data.severity,
        customerRef: data.customerRef,
        site: data.site,
        summary: data.summary,
        details: data.details,
        team: data.team,
        policy: data.policy,
        openedBy: data.openedBy,
        openedAt: data.openedAt,
        deadlines: data.deadlines,
        deadlineRules: data.deadlineRules,
        resolutionClockStartedAt: data.openedAt,
        lastEventAt: data.openedAt,
      };
    }
    case 'IncidentAcknowledged':
      return {
        ...state,
        status: 'acknowledged',
        acknowledgedAt: event.data.acknowledgedAt,
        acknowledgedBy: event.data.acknowledgedBy,
        // Acknowledging is taking ownership: the acknowledger owns it until it is reassigned.
        assignee: state.assignee ?? { kind: 'person', id: event.data.acknowledgedBy.id },
        lastEventAt: event.data.acknowledgedAt,
      };
    case 'AcknowledgementOverdue':
      return { ...state, acknowledgementOverdue: true, lastEventAt: event.data.detectedAt };
    case 'IncidentEscalated': {
      const { reason, subjectId, level, to, missedDeadline, escalatedAt } = event.data;
      return {
        ...state,
        escalationLevel: Math.max(state.escalationLevel, level),
        escalations: [
          ...state.escalations,
          { reason, subjectId, level, to, missedDeadline, escalatedAt },
        ],
        lastEventAt: escalatedAt,
      };
    }
    case 'RemedyProposed': {
      const { data } = event;
      const remedy: RemedyView = {
        remedyId: data.remedyId,
        remedyType: data.remedyType,
        amount: data.amount,
        currency: data.currency,
        description: data.description,
        requiredAuthority: data.requiredAuthority,
        proposedBy: data.proposedBy,
        proposedAt: data.proposedAt,
        status: 'pending_approval',
      };
      return { ...state, remedies: [...state.remedies, remedy], lastEventAt: data.proposedAt };
    }
    case 'RemedyApproved':
      return {
        ...state,
        remedies: updateRemedy(state, event.data.remedyId, { status: 'approved' }),
        lastEventAt: event.data.approvedAt,
      };
    case 'ApprovalRequested': {
      const { data } = event;
      const approval: ApprovalView = {
        approvalId: data.approvalId,
        remedyId: data.remedyId,
        remedyType: data.remedyType,
        amount: data.amount,
        currency: data.currency,
        requiredAuthority: data.requiredAuthority,
        requestedBy: data.requestedBy,
        requestedAt: data.requestedAt,
        deadline: data.deadline,
        expiresAt: data.expiresAt,
        status: 'pending',
      };
      return {
        ...state,
        approvals: [...state.approvals, approval],
        remedies: updateRemedy(state, data.remedyId, { approvalId: data.approvalId }),
        lastEventAt: data.requestedAt,
      };
    }
    case 'ApprovalGranted':
    case 'ApprovalDenied': {
      const { data } = event;
      const granted = event.type === 'ApprovalGranted';
      return {
        ...state,
        approvals: updateApproval(state, data.approvalId, {
          status: granted ? 'granted' : 'denied',
          decidedBy: data.approver,
          reason: data.reason,
          decidedAt: data.decidedAt,
        }),
        // A grant is followed by RemedyApproved; only a denial settles the remedy here.
        remedies: granted
          ? state.remedies
          : updateRemedy(state, data.remedyId, { status: 'denied' }),
        lastEventAt: data.decidedAt,
      };
    }
    case 'ApprovalExpired':
      return {
        ...state,
        approvals: updateApproval(state, event.data.approvalId, { status: 'expired' }),
        remedies: updateRemedy(state, event.data.remedyId, { status: 'expired' }),
        lastEventAt: event.data.expiredAt,
      };
    case 'RemedyDelivered':
      return {
        ...state,
        remedies: updateRemedy(state, event.data.remedyId, {
          status: 'delivered',
          deliveredAt: event.data.deliveredAt,
          deliveryRef: event.data.deliveryRef,
        }),
        lastEventAt: event.data.deliveredAt,
      };
    case 'PromiseMade': {
      const { data } = event;
      const promise: PromiseView = {
        promiseId: data.promiseId,
        description: data.description,
        dueAt: data.dueAt,
        madeBy: data.madeBy,
        madeAt: data.madeAt,
        fulfilledBy: data.fulfilledBy,
        requiresConfirmation: data.requiresConfirmation,
        confirmBy: data.confirmBy,
        unconfirmed: false,
        status: 'open',
      };
      return { ...state, promises: [...state.promises, promise], lastEventAt: data.madeAt };
    }
    case 'PromiseConfirmed':
      return {
        ...state,
        promises: updatePromise(state, event.data.promiseId, {
          confirmedBy: event.data.confirmedBy,
          unconfirmed: false,
        }),
        lastEventAt: event.data.confirmedAt,
      };
    case 'PromiseUnconfirmed':
      return {
        ...state,
        promises: updatePromise(state, event.data.promiseId, { unconfirmed: true }),
        lastEventAt: event.data.flaggedAt,
      };
    case 'PromiseKept':
      return {
        ...state,
        promises: updatePromise(state, event.data.promiseId, {
          status: 'kept',
          keptAt: event.data.keptAt,
          latenessMs: event.data.latenessMs,
        }),
        lastEventAt: event.data.keptAt,
      };
    case 'PromiseBroken':
      return {
        ...state,
        promises: updatePromise(state, event.data.promiseId, { status: 'broken' }),
        lastEventAt: event.data.brokenAt,
      };
    case 'IncidentResolved': {
      const { outcome, summary, resolvedBy, resolvedAt } = event.data;
      return {
        ...state,
        status: 'resolved',
        resolvedAt,
        resolution: { outcome, summary, resolvedBy },
        lastEventAt: resolvedAt,
      };
    }
    case 'SlaClockPaused':
      return {
        ...state,
        status: 'waiting_on_customer',
        statusBeforePause: state.status === 'reopened' ? 'reopened' : 'acknowledged',
        pausedAt: event.data.pausedAt,
        lastEventAt: event.data.pausedAt,
      };
    case 'SlaClockResumed': {
      const { pausedAt, pausedMs, businessPausedMs, resumedAt } = event.data;
      const totals = state.pauseTotals;
      const afterBreach = state.deadlines.resolveBy <= pausedAt;
      return {
        ...state,
        status: state.statusBeforePause ?? 'acknowledged',
        statusBeforePause: undefined,
        pausedAt: undefined,
        pauseTotals: {
          totalMs: totals.totalMs + pausedMs,
          clockMs: totals.clockMs + pausedMs,
          clockBusinessMs: totals.clockBusinessMs + businessPausedMs,
          ladderMs: totals.ladderMs + (afterBreach ? pausedMs : 0),
        },
        lastEventAt: resumedAt,
      };
    }
    case 'DeadlinesRescheduled': {
      const { deadlines, rules, rescheduledAt } = event.data;
      // A deadline that moves starts a fresh ladder; one that stayed (missed before the pause) keeps its own.
      const moved = deadlines.resolveBy !== state.deadlines.resolveBy;
      return {
        ...state,
        deadlines,
        deadlineRules: rules,
        pauseTotals: moved ? { ...state.pauseTotals, ladderMs: 0 } : state.pauseTotals,
        lastEventAt: rescheduledAt,
      };
    }
    case 'ResolutionOverdue':
      return { ...state, resolutionOverdue: true, lastEventAt: event.data.detectedAt };
    case 'FollowUpSent': {
      const { followUpId, sentAt, answerBy } = event.data;
      return {
        ...state,
        followUp: { followUpId, sentAt, answerBy, status: 'awaiting' },
        lastEventAt: sentAt,
      };
    }
    case 'FeedbackReceived':
      return {
        ...state,
        followUp: state.followUp && {
          ...state.followUp,
          status: 'answered',
          score: event.data.score,
          level: event.data.level,
        },
        lastEventAt: event.data.receivedAt,
      };
    case 'FollowUpUnanswered':
      return {
        ...state,
        followUp: state.followUp && { ...state.followUp, status: 'unanswered' },
        lastEventAt: event.data.detectedAt,
      };
    case 'IncidentClosed':
      return {
        ...state,
        status: 'closed',
        closedAt: event.data.closedAt,
        lastEventAt: event.data.closedAt,
      };
    case 'IncidentReopened': {
      const { reopenedAt, reopenCount, resolveBy } = event.data;
      return {
        ...state,
        status: 'reopened',
        reopenCount,
        resolvedAt: undefined,
        resolution: undefined,
        closedAt: undefined,
        followUp: undefined,
        resolutionOverdue: false,
        pauseTotals: { ...state.pauseTotals, clockMs: 0, clockBusinessMs: 0, ladderMs: 0 },
        resolutionClockStartedAt: reopenedAt,
        deadlines: { ...state.deadlines, resolveBy },
        lastEventAt: reopenedAt,
      };
    }
    case 'NoteAdded':
      return { ...state, noteCount: state.noteCount + 1, lastEventAt: event.data.addedAt };
    case 'CustomerContacted':
      return { ...state, lastEventAt: event.data.contactedAt };
    case 'IncidentReassigned':
      return { ...state, assignee: event.data.to, lastEventAt: event.data.reassignedAt };
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled incident event ${(unhandled as { type: string }).type}`);
    }
  }
}

/** Folds a whole stream (in order) into the current state. */
export function foldIncident(
  events: readonly IncidentEvent[],
  from: IncidentState = initialIncidentState,
): IncidentState {
  return events.reduce(evolve, from);
}
