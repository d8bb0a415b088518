import {
  type Actor,
  type ApprovalView,
  type EscalationView,
  type FollowUpView,
  type Fulfiller,
  type IncidentState,
  openPromises,
  pendingApprovals,
  type PromiseView,
  type RemedyView,
  toMajorUnits,
} from '@recovery/domain';
import {
  type ActorDetail,
  type ApprovalDetail,
  type EscalationDetail,
  type FollowUpDetail,
  type FulfillerDetail,
  type IncidentDetail,
  type PromiseDetail,
  type RemedyDetail,
} from './incident-detail.types';
import { incidentClocks } from './incident-clocks.util';

/** The response of one incident from its folded state: listed fields only, amounts in major units. */
export function toIncidentDetail(state: IncidentState): IncidentDetail {
  return {
    id: state.incidentId,
    status: state.status,
    kind: state.kind,
    channel: state.channel,
    category: state.category,
    severity: state.severity,
    customerRef: state.customerRef,
    site: state.site,
    summary: state.summary,
    details: state.details,
    team: state.team,
    policy: { key: state.policy.key, version: state.policy.version },
    openedBy: optional(state.openedBy, toActor),
    openedAt: state.openedAt,
    deadlines: {
      acknowledgeBy: state.deadlines.acknowledgeBy,
      resolveBy: state.deadlines.resolveBy,
    },
    deadlineRules: state.deadlineRules,
    pausedMs: state.pauseTotals.totalMs,
    pausedSince: state.pausedAt,
    acknowledgedAt: state.acknowledgedAt,
    acknowledgedBy: optional(state.acknowledgedBy, toActor),
    acknowledgementOverdue: state.acknowledgementOverdue,
    resolutionOverdue: state.resolutionOverdue,
    resolvedAt: state.resolvedAt,
    resolution: optional(state.resolution, (resolution) => ({
      outcome: resolution.outcome,
      summary: resolution.summary,
      resolvedBy: toActor(resolution.resolvedBy),
    })),
    closedAt: state.closedAt,
    escalationLevel: state.escalationLevel,
    escalations: state.escalations.map(toEscalation),
    remedies: state.remedies.map(toRemedy),
    approvals: state.approvals.map(toApproval),
    promises: state.promises.map(toPromise),
    followUp: optional(state.followUp, toFollowUp),
    assignee: optional(state.assignee, toFulfiller),
    reopenCount: state.reopenCount,
    noteCount: state.noteCount,
    version: state.version,
    lastEventAt: state.lastEventAt,
    openPromises: openPromises(state).map(toPromise),
    pendingApprovals: pendingApprovals(state).map(toApproval),
    clocks: incidentClocks(state),
  };
}

function toRemedy(remedy: RemedyView): RemedyDetail {
  return {
    remedyId: remedy.remedyId,
    remedyType: remedy.remedyType,
    amount: toMajorUnits(remedy.amount, remedy.currency),
    currency: remedy.currency,
    description: remedy.description,
    requiredAuthority: remedy.requiredAuthority,
    proposedBy: toActor(remedy.proposedBy),
    proposedAt: remedy.proposedAt,
    status: remedy.status,
    approvalId: remedy.approvalId,
    deliveredAt: remedy.deliveredAt,
    deliveryRef: remedy.deliveryRef,
  };
}

function toApproval(approval: ApprovalView): ApprovalDetail {
  return {
    approvalId: approval.approvalId,
    remedyId: approval.remedyId,
    remedyType: approval.remedyType,
    amount: toMajorUnits(approval.amount, approval.currency),
    currency: approval.currency,
    requiredAuthority: approval.requiredAuthority,
    requestedBy: toActor(approval.requestedBy),
    requestedAt: approval.requestedAt,
    deadline: approval.deadline,
    expiresAt: approval.expiresAt,
    status: approval.status,
    decidedBy: optional(approval.decidedBy, toActor),
    reason: approval.reason,
    decidedAt: approval.decidedAt,
  };
}

function toPromise(promise: PromiseView): PromiseDetail {
  return {
    promiseId: promise.promiseId,
    description: promise.description,
    dueAt: promise.dueAt,
    madeBy: toActor(promise.madeBy),
    madeAt: promise.madeAt,
    fulfilledBy: toFulfiller(promise.fulfilledBy),
    requiresConfirmation: promise.requiresConfirmation,
    confirmBy: promise.confirmBy,
    confirmedBy: optional(promise.confirmedBy, toActor),
    unconfirmed: promise.unconfirmed,
    status: promise.status,
    keptAt: promise.keptAt,
    latenessMs: promise.latenessMs,
  };
}

function toEscalation(escalation: EscalationView): EscalationDetail {
  return {
    reason: escalation.reason,
    subjectId: escalation.subjectId,
    level: escalation.level,
    to: escalation.to,
    missedDeadline: escalation.missedDeadline,
    escalatedAt: escalation.escalatedAt,
  };
}

function toFollowUp(followUp: FollowUpView): FollowUpDetail {
  return {
    followUpId: followUp.followUpId,
    sentAt: followUp.sentAt,
    answerBy: followUp.answerBy,
    status: followUp.status,
    score: followUp.score,
    level: followUp.level,
  };
}

function toActor(actor: Actor): ActorDetail {
  return { id: actor.id, role: actor.role, name: actor.name };
}

function toFulfiller(fulfiller: Fulfiller): FulfillerDetail {
  return { kind: fulfiller.kind, id: fulfiller.id };
}

function optional<T, R>(value: T | undefined, map: (value: T) => R): R | undefined {
  return value === undefined ? undefined : map(value);
}
