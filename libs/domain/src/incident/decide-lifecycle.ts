import {
  type DeadlinesRescheduled,
  type IncidentEvent,
  type FeedbackReceived,
  type IncidentAcknowledged,
  type IncidentOpened,
  type IncidentReassigned,
  type IncidentReopened,
  type NoteAdded,
} from '../events/incident-events';
import {
  FollowUpNotSent,
  IncidentAlreadyAcknowledged,
  IncidentNotAcknowledged,
  IncidentNotOpen,
  IncidentNotResolved,
} from '../errors/incident-rejections.error';
import { asIncidentId, asNoteId } from '../ids/ids';
import { durationMs, elapsedMs } from '../time/duration.util';
import { FieldChecks, requireActive } from './command-guards.util';
import { deadlinesFor } from './deadline-quote';
import { resumedClock } from './decide-pause';
import { foldIncident } from './evolve';
import { FIELD_LIMITS, SITE_PATTERN } from './field-limits';
import {
  type AddNoteCommand,
  type CommandContext,
  type ContactCustomerCommand,
  type OpenIncidentCommand,
  type ReassignCommand,
  type RecordFeedbackCommand,
  type ReopenCommand,
  type ResolveCommand,
} from './incident-commands';
import { type IncidentState } from './incident-state';
import {
  CATEGORY_PATTERN,
  CHANNELS,
  INCIDENT_KINDS,
  RESOLUTION_OUTCOMES,
  SERVICE_LEVELS,
  SEVERITIES,
} from './incident-vocabulary';

const oneOf = (list: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && list.includes(value);

/**
 * The IncidentOpened event for a new incident: deadlines come from the pinned
 * policy, counted in each clock's kind of time (the context's quote).
 */
export function openIncident(
  state: IncidentState,
  command: OpenIncidentCommand,
  ctx: CommandContext,
): IncidentOpened {
  new FieldChecks()
    .check(
      oneOf(INCIDENT_KINDS, command.kind),
      'kind',
      `must be one of ${INCIDENT_KINDS.join(', ')}`,
    )
    .check(oneOf(CHANNELS, command.channel), 'channel', `must be one of ${CHANNELS.join(', ')}`)
    .check(
      typeof command.category === 'string' && CATEGORY_PATTERN.test(command.category),
      'category',
      'must be a slug like vehicle_breakdown',
    )
    .check(
      oneOf(SEVERITIES, command.severity),
      'severity',
      `must be one of ${SEVERITIES.join(', ')}`,
    )
    .text(command.customerRef, 'customerRef', FIELD_LIMITS.customerRef)
    .check(
      typeof command.site === 'string' && SITE_PATTERN.test(command.site),
      'site',
      `must be a site code of letters, digits, _ or -, at most ${FIELD_LIMITS.site} characters`,
    )
    .text(command.summary, 'summary', FIELD_LIMITS.summary)
    .optionalText(command.details, 'details')
    .optionalText(command.team, 'team', FIELD_LIMITS.team)
    .done('open incident');
  const { policy, actor: openedBy, now: openedAt } = ctx;
  const { acknowledgeWithin, resolveWithin } = policy.document;
  const { started, rules } = deadlinesFor(state, ctx);
  return {
    type: 'IncidentOpened',
    data: {
      incidentId: asIncidentId(command.incidentId),
      kind: command.kind,
      channel: command.channel,
      category: command.category,
      severity: command.severity,
      customerRef: command.customerRef,
      site: command.site,
      summary: command.summary,
      ...(command.details !== undefined && { details: command.details }),
      ...(command.team !== undefined && { team: command.team }),
      ...(command.source !== undefined && { source: command.source }),
      policy: { key: policy.key, version: policy.version },
      sla: {
        acknowledgeWithin,
        resolveWithin,
        acknowledgeWithinMs: durationMs(acknowledgeWithin),
        resolveWithinMs: durationMs(resolveWithin),
      },
      deadlines: started,
      deadlineRules: rules,
      openedBy,
      openedAt,
    },
  };
}

/** Someone takes ownership; only an open (unacknowledged) incident can be acknowledged. */
export function acknowledge(state: IncidentState, ctx: CommandContext): [IncidentAcknowledged] {
  if (state.status !== 'open') {
    if (
      state.acknowledgedAt !== undefined &&
      (state.status === 'acknowledged' || state.status === 'reopened')
    ) {
      throw new IncidentAlreadyAcknowledged(state.incidentId);
    }
    throw new IncidentNotOpen(state.incidentId, state.status, 'acknowledge');
  }
  const deadline = state.deadlines.acknowledgeBy;
  return [
    {
      type: 'IncidentAcknowledged',
      data: {
        incidentId: state.incidentId,
        acknowledgedBy: ctx.actor,
        acknowledgedAt: ctx.now,
        elapsedMs: elapsedMs(state.openedAt, ctx.now),
        businessElapsedMs: deadlinesFor(state, ctx).businessElapsed.sinceOpening,
        deadline,
        withinDeadline: ctx.now <= deadline,
      },
    },
  ];
}

/** A note can be added at any point until the incident is closed. */
export function addNote(
  state: IncidentState,
  command: AddNoteCommand,
  ctx: CommandContext,
): [NoteAdded] {
  new FieldChecks().text(command.text, 'text').done('add note');
  if (state.status === 'closed' || state.status === 'new')
    throw new IncidentNotOpen(state.incidentId, state.status, 'add note');
  return [
    {
      type: 'NoteAdded',
      data: {
        incidentId: state.incidentId,
        noteId: asNoteId(ctx.newId()),
        text: command.text,
        author: ctx.actor,
        addedAt: ctx.now,
      },
    },
  ];
}

/**
 * Records a contact with the customer while the incident is not closed. The
 * customer getting in touch ends a wait on them: the resolve clock resumes.
 */
export function contactCustomer(
  state: IncidentState,
  command: ContactCustomerCommand,
  ctx: CommandContext,
): IncidentEvent[] {
  new FieldChecks()
    .check(oneOf(CHANNELS, command.channel), 'channel', `must be one of ${CHANNELS.join(', ')}`)
    .check(
      command.direction === 'inbound' || command.direction === 'outbound',
      'direction',
      'must be inbound or outbound',
    )
    .text(command.summary, 'summary')
    .done('contact customer');
  if (state.status === 'closed' || state.status === 'new')
    throw new IncidentNotOpen(state.incidentId, state.status, 'contact customer');
  return [
    {
      type: 'CustomerContacted',
      data: {
        incidentId: state.incidentId,
        channel: command.channel,
        direction: command.direction,
        summary: command.summary,
        contactedBy: ctx.actor,
        contactedAt: ctx.now,
      },
    },
    ...(command.direction === 'inbound' ? resumedClock(state, ctx, 'customer_contacted') : []),
  ];
}

/** Hands the incident to another person or team. */
export function reassign(
  state: IncidentState,
  command: ReassignCommand,
  ctx: CommandContext,
): [IncidentReassigned] {
  new FieldChecks()
    .check(
      command.to?.kind === 'person' || command.to?.kind === 'team',
      'to.kind',
      'must be person or team',
    )
    .text(command.to?.id, 'to.id', FIELD_LIMITS.actorId)
    .optionalText(command.reason, 'reason')
    .done('reassign');
  requireActive(state, 'reassign');
  return [
    {
      type: 'IncidentReassigned',
      data: {
        incidentId: state.incidentId,
        ...(state.assignee && { from: state.assignee }),
        to: command.to,
        ...(command.reason !== undefined && { reason: command.reason }),
        reassignedBy: ctx.actor,
        reassignedAt: ctx.now,
      },
    },
  ];
}

/** Resolves an acknowledged (or reopened) incident; a wait on the customer ends with it. */
export function resolve(
  state: IncidentState,
  command: ResolveCommand,
  ctx: CommandContext,
): IncidentEvent[] {
  new FieldChecks()
    .check(
      oneOf(RESOLUTION_OUTCOMES, command.outcome),
      'outcome',
      `must be one of ${RESOLUTION_OUTCOMES.join(', ')}`,
    )
    .text(command.summary, 'summary')
    .done('resolve');
  requireActive(state, 'resolve');
  if (state.status === 'open') throw new IncidentNotAcknowledged(state.incidentId);
  const deadline = state.deadlines.resolveBy;
  const endedPause = resumedClock(state, ctx, 'incident_resolved');
  // The clock as it stands once a pause still running ends with the resolution.
  const { pauseTotals } = foldIncident(endedPause, state);
  const businessElapsed = deadlinesFor(state, ctx).businessElapsed.sinceResolveClockStart;
  return [
    ...endedPause,
    {
      type: 'IncidentResolved',
      data: {
        incidentId: state.incidentId,
        outcome: command.outcome,
        summary: command.summary,
        resolvedBy: ctx.actor,
        resolvedAt: ctx.now,
        elapsedMs: elapsedMs(state.resolutionClockStartedAt, ctx.now),
        businessElapsedMs: Math.max(0, businessElapsed - pauseTotals.clockBusinessMs),
        pausedMs: pauseTotals.clockMs,
        deadline,
        withinDeadline: ctx.now <= deadline,
      },
    },
  ];
}

/** The customer's answer to the follow-up (DOMAIN.md §6). */
export function recordFeedback(
  state: IncidentState,
  command: RecordFeedbackCommand,
  ctx: CommandContext,
): [FeedbackReceived] {
  new FieldChecks()
    .check(
      Number.isInteger(command.score) && command.score >= 1 && command.score <= 5,
      'score',
      'must be an integer from 1 to 5',
    )
    .check(
      oneOf(SERVICE_LEVELS, command.level),
      'level',
      `must be one of ${SERVICE_LEVELS.join(', ')}`,
    )
    .optionalText(command.comment, 'comment')
    .done('record feedback');
  if (state.status !== 'resolved' || state.followUp?.status !== 'awaiting')
    throw new FollowUpNotSent(state.incidentId);
  return [
    {
      type: 'FeedbackReceived',
      data: {
        incidentId: state.incidentId,
        followUpId: state.followUp.followUpId,
        score: command.score as 1 | 2 | 3 | 4 | 5,
        level: command.level,
        ...(command.comment !== undefined && { comment: command.comment }),
        recordedBy: ctx.actor,
        receivedAt: ctx.now,
      },
    },
  ];
}

/**
 * Reopens a resolved or closed incident: rework, with a fresh resolution deadline,
 * recorded with the rules it was computed under (DeadlinesRescheduled, issue 12).
 */
export function reopen(
  state: IncidentState,
  command: ReopenCommand,
  ctx: CommandContext,
): [IncidentReopened, DeadlinesRescheduled] {
  new FieldChecks().text(command.reason, 'reason').done('reopen');
  if (state.status !== 'resolved' && state.status !== 'closed')
    throw new IncidentNotResolved(state.incidentId, state.status);
  const { started, rules } = deadlinesFor(state, ctx);
  return [
    {
      type: 'IncidentReopened',
      data: {
        incidentId: state.incidentId,
        reason: command.reason,
        reopenedBy: ctx.actor,
        reopenedAt: ctx.now,
        previousStatus: state.status,
        reopenCount: state.reopenCount + 1,
        resolveBy: started.resolveBy,
      },
    },
    {
      type: 'DeadlinesRescheduled',
      data: {
        incidentId: state.incidentId,
        reason: 'incident_reopened',
        previous: state.deadlines,
        deadlines: { ...state.deadlines, resolveBy: started.resolveBy },
        rules,
        rescheduledAt: ctx.now,
      },
    },
  ];
}
