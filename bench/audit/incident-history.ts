import { randomUUID } from 'node:crypto';
import {
  addDuration,
  EVENT_SCHEMA_VERSIONS,
  SERVICE_LEVELS,
  type toIsoTimestamp,
  type Actor,
  type IncidentEventData,
  type IncidentEventType,
} from '@recovery/domain';
import { type NewEvent } from '@recovery/event-store';
import { remedyHistory } from './remedy-history';
import { type IncidentScenario } from './incident-scenario';

/** Builds events for one incident in stream order; `at` is an offset from opening. */
export class HistoryBuilder {
  readonly events: NewEvent[] = [];
  readonly staff: Actor;

  constructor(readonly scenario: IncidentScenario) {
    this.staff = { id: scenario.staffId, role: 'frontline' };
  }

  /** The ISO time `offsetMs` after opening. */
  time(offsetMs: number): ReturnType<typeof toIsoTimestamp> {
    return addDuration(this.scenario.openedAt, offsetMs);
  }

  add<T extends IncidentEventType>(
    type: T,
    offsetMs: number,
    data: Omit<IncidentEventData<T>, 'incidentId'>,
    actor?: Actor,
  ): void {
    const { policy, incidentId } = this.scenario;
    this.events.push({
      eventId: randomUUID(),
      type,
      schemaVersion: EVENT_SCHEMA_VERSIONS[type],
      data: { incidentId, ...data },
      metadata: {
        actor: actor ?? { id: 'system', role: 'system' },
        correlationId: incidentId,
        policyKey: policy.key,
        policyVersion: policy.version,
      },
      occurredAt: new Date(this.scenario.openedAt.getTime() + offsetMs),
    });
  }
}

/** Every event of a scenario's incident, in the order the workflow would record them. */
export function incidentHistory(scenario: IncidentScenario): NewEvent[] {
  const history = new HistoryBuilder(scenario);
  opening(history);
  remedyHistory(history);
  closing(history);
  return history.events;
}

function opening(h: HistoryBuilder): void {
  const s = h.scenario;
  h.add(
    'IncidentOpened',
    0,
    {
      kind: s.kind,
      channel: s.channel,
      category: s.category,
      severity: 'high',
      customerRef: `customer-${s.incidentId.slice(0, 8)}`,
      site: s.site,
      summary: 'Car does not start',
      policy: { key: s.policy.key, version: s.policy.version },
      sla: {
        acknowledgeWithin: `PT${s.policy.acknowledgeWithinMs / 1000}S`,
        resolveWithin: `PT${s.policy.resolveWithinMs / 1000}S`,
        acknowledgeWithinMs: s.policy.acknowledgeWithinMs,
        resolveWithinMs: s.policy.resolveWithinMs,
      },
      deadlines: {
        acknowledgeBy: h.time(s.policy.acknowledgeWithinMs),
        resolveBy: h.time(s.policy.resolveWithinMs),
      },
      openedBy: h.staff,
      openedAt: h.time(0),
    },
    h.staff,
  );
  const ackDeadline = s.policy.acknowledgeWithinMs;
  const late = s.acknowledgeAfterMs > ackDeadline;
  if (late)
    h.add('AcknowledgementOverdue', ackDeadline, {
      deadline: h.time(ackDeadline),
      detectedAt: h.time(ackDeadline),
    });
  for (let level = 1; level <= s.escalationRungs; level += 1) {
    h.add('IncidentEscalated', ackDeadline + (level - 1) * 1000, {
      reason: 'acknowledgement_overdue',
      level,
      to: level === 1 ? 'supervisor' : 'manager',
      after: `PT${level - 1}S`,
      missedDeadline: h.time(ackDeadline),
      escalatedAt: h.time(ackDeadline + (level - 1) * 1000),
    });
  }
  h.add(
    'IncidentAcknowledged',
    s.acknowledgeAfterMs,
    {
      acknowledgedBy: h.staff,
      acknowledgedAt: h.time(s.acknowledgeAfterMs),
      elapsedMs: s.acknowledgeAfterMs,
      deadline: h.time(ackDeadline),
      withinDeadline: !late,
    },
    h.staff,
  );
}

function closing(h: HistoryBuilder): void {
  const s = h.scenario;
  resolve(h, s.resolveAfterMs, s.resolveAfterMs, s.policy.resolveWithinMs);
  let resolvedAt = s.resolveAfterMs;
  if (s.reopened) {
    const reopenedAt = resolvedAt + 3_600_000;
    h.add(
      'IncidentReopened',
      reopenedAt,
      {
        reason: 'same problem again',
        reopenedBy: h.staff,
        reopenedAt: h.time(reopenedAt),
        previousStatus: 'resolved',
        reopenCount: 1,
        resolveBy: h.time(reopenedAt + s.policy.resolveWithinMs),
      },
      h.staff,
    );
    resolvedAt = reopenedAt + 3_600_000;
    resolve(h, resolvedAt, 3_600_000, reopenedAt + s.policy.resolveWithinMs);
  }
  followUp(h, resolvedAt + 86_400_000);
}

function resolve(h: HistoryBuilder, at: number, elapsedMs: number, deadline: number): void {
  const late = at > deadline;
  if (late)
    h.add('ResolutionOverdue', deadline, {
      deadline: h.time(deadline),
      detectedAt: h.time(deadline),
    });
  h.add(
    'IncidentResolved',
    at,
    {
      outcome: 'fixed',
      summary: 'Replacement arranged',
      resolvedBy: h.staff,
      resolvedAt: h.time(at),
      elapsedMs,
      deadline: h.time(deadline),
      withinDeadline: !late,
    },
    h.staff,
  );
}

function followUp(h: HistoryBuilder, sentAt: number): void {
  const s = h.scenario;
  if (s.followUp === 'none') {
    h.add('IncidentClosed', sentAt, { closedAt: h.time(sentAt), reason: 'follow_up_unanswered' });
    return;
  }
  const followUpId = randomUUID() as IncidentEventData<'FollowUpSent'>['followUpId'];
  const answerBy = sentAt + 3 * 86_400_000;
  h.add('FollowUpSent', sentAt, {
    followUpId,
    customerRef: `customer-${s.incidentId.slice(0, 8)}`,
    channel: s.channel,
    sentAt: h.time(sentAt),
    answerBy: h.time(answerBy),
    adapter: 'recording',
    notificationRef: `note-${followUpId}`,
  });
  if (s.followUp === 'unanswered') {
    h.add('FollowUpUnanswered', answerBy, {
      followUpId,
      answerBy: h.time(answerBy),
      detectedAt: h.time(answerBy),
    });
    h.add('IncidentClosed', answerBy, {
      closedAt: h.time(answerBy),
      reason: 'follow_up_unanswered',
    });
    return;
  }
  const answeredAt = sentAt + 3_600_000;
  const { score } = s.followUp.answer;
  h.add(
    'FeedbackReceived',
    answeredAt,
    {
      followUpId,
      score,
      level: SERVICE_LEVELS[score - 1],
      recordedBy: h.staff,
      receivedAt: h.time(answeredAt),
    },
    h.staff,
  );
  h.add('IncidentClosed', answeredAt, {
    closedAt: h.time(answeredAt),
    reason: 'feedback_received',
  });
}
