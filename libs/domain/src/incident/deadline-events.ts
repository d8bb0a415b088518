/**
 * Events the recovery workflow records when a timer fires rather than when a
 * person acts: overdue deadlines, escalations, expiries, follow-up and closing.
 */
import {
  type AcknowledgementOverdue,
  type ApprovalExpired,
  type EscalationReason,
  type FollowUpSent,
  type FollowUpUnanswered,
  type IncidentClosed,
  type IncidentEscalated,
  type PromiseBroken,
  type PromiseUnconfirmed,
  type RemedyDelivered,
  type ResolutionOverdue,
} from '../events/incident-events';
import { type ApprovalId, asFollowUpId, type IsoTimestamp, type PromiseId } from '../ids/ids';
import { type EscalationRung, type PolicyDocument } from '../policy/policy-document';
import { addDuration, durationMs } from '../time/duration.util';
import { type IncidentState, rungsClimbed } from './incident-state';

/**
 * The next rung to climb for one missed deadline, and when; undefined at the top.
 * The resolve clock's ladder stands still while the incident waits on the customer.
 */
export function nextRung(
  state: IncidentState,
  policy: PolicyDocument,
  reason: EscalationReason,
  missedDeadline: IsoTimestamp,
  subjectId?: ApprovalId | PromiseId,
): { level: number; rung: EscalationRung; at: IsoTimestamp } | undefined {
  const climbed = rungsClimbed(state, reason, missedDeadline, subjectId);
  const rung = policy.escalation[climbed];
  const paused = reason === 'resolution_overdue' ? state.pauseTotals.ladderMs : 0;
  return (
    rung && {
      level: climbed + 1,
      rung,
      at: addDuration(missedDeadline, durationMs(rung.after) + paused),
    }
  );
}

/** Climbs one rung of the ladder for a missed deadline. */
export function escalated(
  state: IncidentState,
  step: { level: number; rung: EscalationRung },
  reason: EscalationReason,
  missedDeadline: IsoTimestamp,
  now: IsoTimestamp,
  subjectId?: ApprovalId | PromiseId,
): IncidentEscalated {
  return {
    type: 'IncidentEscalated',
    data: {
      incidentId: state.incidentId,
      reason,
      ...(subjectId !== undefined && { subjectId }),
      level: step.level,
      to: step.rung.to,
      after: step.rung.after,
      missedDeadline,
      escalatedAt: now,
    },
  };
}

export const acknowledgementOverdue = (
  state: IncidentState,
  now: IsoTimestamp,
): AcknowledgementOverdue => ({
  type: 'AcknowledgementOverdue',
  data: { incidentId: state.incidentId, deadline: state.deadlines.acknowledgeBy, detectedAt: now },
});

export const resolutionOverdue = (state: IncidentState, now: IsoTimestamp): ResolutionOverdue => ({
  type: 'ResolutionOverdue',
  data: { incidentId: state.incidentId, deadline: state.deadlines.resolveBy, detectedAt: now },
});

/** An approval nobody decided in time (or still pending when the incident closes). */
export function approvalExpired(
  state: IncidentState,
  approvalId: ApprovalId,
  now: IsoTimestamp,
  reason: 'timeout' | 'incident_closed',
): ApprovalExpired {
  const approval = state.approvals.find((a) => a.approvalId === approvalId);
  if (approval === undefined) throw new RangeError(`no approval ${approvalId}`);
  return {
    type: 'ApprovalExpired',
    data: {
      incidentId: state.incidentId,
      approvalId,
      remedyId: approval.remedyId,
      expiredAt: now,
      deadline: approval.deadline,
      reason,
    },
  };
}

function promise(state: IncidentState, promiseId: PromiseId) {
  const found = state.promises.find((p) => p.promiseId === promiseId);
  if (found === undefined) throw new RangeError(`no promise ${promiseId}`);
  return found;
}

export function promiseBroken(
  state: IncidentState,
  promiseId: PromiseId,
  now: IsoTimestamp,
): PromiseBroken {
  const p = promise(state, promiseId);
  return {
    type: 'PromiseBroken',
    data: {
      incidentId: state.incidentId,
      promiseId,
      description: p.description,
      dueAt: p.dueAt,
      brokenAt: now,
      fulfilledBy: p.fulfilledBy,
      madeBy: p.madeBy,
    },
  };
}

export function promiseUnconfirmed(
  state: IncidentState,
  promiseId: PromiseId,
  now: IsoTimestamp,
): PromiseUnconfirmed {
  const p = promise(state, promiseId);
  return {
    type: 'PromiseUnconfirmed',
    data: {
      incidentId: state.incidentId,
      promiseId,
      fulfilledBy: p.fulfilledBy,
      confirmBy: p.confirmBy ?? p.dueAt,
      flaggedAt: now,
    },
  };
}

/** Records the delivery of a granted remedy. */
export function remedyDelivered(
  state: IncidentState,
  remedyId: string,
  deliveryRef: string,
  now: IsoTimestamp,
): RemedyDelivered {
  const remedy = state.remedies.find((r) => r.remedyId === remedyId);
  if (remedy === undefined) throw new RangeError(`no remedy ${remedyId}`);
  return {
    type: 'RemedyDelivered',
    data: {
      incidentId: state.incidentId,
      remedyId: remedy.remedyId,
      remedyType: remedy.remedyType,
      amount: remedy.amount,
      currency: remedy.currency,
      deliveredAt: now,
      deliveryRef,
    },
  };
}

/** The follow-up went out; the customer has `feedbackWindow` to answer. */
export function followUpSent(
  state: IncidentState,
  followUpId: string,
  sent: { adapter: string; notificationRef: string },
  policy: PolicyDocument,
  now: IsoTimestamp,
): FollowUpSent {
  return {
    type: 'FollowUpSent',
    data: {
      incidentId: state.incidentId,
      followUpId: asFollowUpId(followUpId),
      customerRef: state.customerRef,
      channel: state.channel,
      sentAt: now,
      answerBy: addDuration(now, policy.feedbackWindow),
      adapter: sent.adapter,
      notificationRef: sent.notificationRef,
    },
  };
}

export function followUpUnanswered(state: IncidentState, now: IsoTimestamp): FollowUpUnanswered {
  if (state.followUp === undefined) throw new RangeError('no follow-up was sent');
  return {
    type: 'FollowUpUnanswered',
    data: {
      incidentId: state.incidentId,
      followUpId: state.followUp.followUpId,
      answerBy: state.followUp.answerBy,
      detectedAt: now,
    },
  };
}

export const incidentClosed = (
  state: IncidentState,
  reason: IncidentClosed['data']['reason'],
  now: IsoTimestamp,
): IncidentClosed => ({
  type: 'IncidentClosed',
  data: { incidentId: state.incidentId, closedAt: now, reason },
});
