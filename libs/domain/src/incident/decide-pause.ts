/**
 * Waiting on the customer (issue 12): the resolve clock and its ladder stop while
 * the organisation waits for the customer's answer, and resume — on request, when
 * the customer gets in touch, or when the incident is resolved meanwhile — with the
 * deadline moved by the time paused. The acknowledge clock never pauses.
 */
import {
  type DeadlinesRescheduled,
  type ResumeTrigger,
  type SlaClockPaused,
  type SlaClockResumed,
} from '../events/incident-events';
import {
  AcknowledgeClockNotPausable,
  SlaClockAlreadyPaused,
  SlaClockNotPaused,
} from '../errors/incident-rejections.error';
import { elapsedMs } from '../time/duration.util';
import { FieldChecks, requireActive } from './command-guards.util';
import { deadlinesFor } from './deadline-quote';
import { type CommandContext, type WaitForCustomerCommand } from './incident-commands';
import { type IncidentState } from './incident-state';

/** Stops the resolve clock of an acknowledged (or reopened) incident. */
export function waitForCustomer(
  state: IncidentState,
  command: WaitForCustomerCommand,
  ctx: CommandContext,
): [SlaClockPaused] {
  new FieldChecks().text(command.reason, 'reason').done('wait for customer');
  requireActive(state, 'wait for customer');
  if (state.pausedAt !== undefined)
    throw new SlaClockAlreadyPaused(state.incidentId, state.pausedAt);
  if (state.status === 'open') throw new AcknowledgeClockNotPausable(state.incidentId);
  return [
    {
      type: 'SlaClockPaused',
      data: {
        incidentId: state.incidentId,
        reason: command.reason,
        pausedBy: ctx.actor,
        pausedAt: ctx.now,
        resolveBy: state.deadlines.resolveBy,
      },
    },
  ];
}

type Resumption = (SlaClockResumed | DeadlinesRescheduled)[];

/** Resumes the resolve clock on request; refused when it is not paused. */
export function resume(state: IncidentState, ctx: CommandContext): Resumption {
  if (state.pausedAt === undefined) throw new SlaClockNotPaused(state.incidentId, state.status);
  return resumedClock(state, ctx, 'resume_requested');
}

/**
 * The events that end a pause: SlaClockResumed, then (unless the incident is being
 * resolved, which stops the clock for good) DeadlinesRescheduled with the resolve
 * deadline the workflow quoted. Nothing when the clock is not paused.
 */
export function resumedClock(
  state: IncidentState,
  ctx: CommandContext,
  trigger: ResumeTrigger,
): Resumption {
  const { pausedAt } = state;
  if (pausedAt === undefined) return [];
  const quote = deadlinesFor(state, ctx);
  const pausedMs = Math.max(0, elapsedMs(pausedAt, ctx.now));
  const resumed: SlaClockResumed = {
    type: 'SlaClockResumed',
    data: {
      incidentId: state.incidentId,
      trigger,
      resumedBy: ctx.actor,
      pausedAt,
      resumedAt: ctx.now,
      pausedMs,
      businessPausedMs: quote.resumed?.businessPausedMs ?? pausedMs,
    },
  };
  if (trigger === 'incident_resolved') return [resumed];
  const deadlines = {
    ...state.deadlines,
    resolveBy: quote.resumed?.resolveBy ?? state.deadlines.resolveBy,
  };
  return [
    resumed,
    {
      type: 'DeadlinesRescheduled',
      data: {
        incidentId: state.incidentId,
        reason: 'sla_clock_resumed',
        previous: state.deadlines,
        deadlines,
        rules: quote.rules,
        rescheduledAt: ctx.now,
      },
    },
  ];
}
