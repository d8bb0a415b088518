/**
 * The deadlines a command sets when it starts or resumes an SLA clock (issue 12).
 * Business time needs a calendar and time-zone rules, which replayed workflow code
 * must not evaluate (CALENDARS.md, trap 8): the workflow has the quote computed in
 * an activity with a business clock, and hands it to `decide` in the command's
 * context; the decision only copies instants from it.
 */
import { type CalendarUse, type DeadlineRules } from '../events/incident-events';
import { type IsoTimestamp } from '../ids/ids';
import { type ClockKind, type PolicyDocument } from '../policy/policy-document';
import { addDuration, durationMs, elapsedMs, type Milliseconds } from '../time/duration.util';
import { type CommandContext } from './incident-commands';
import { type IncidentState } from './incident-state';

/** Counts a clock's kind of time: calendar time always, business time in `calendar` when there is one. */
export interface DeadlineClock {
  calendar?: CalendarUse;
  /** The instant `duration` of `kind` time after `start`. */
  add(kind: ClockKind, start: IsoTimestamp, duration: Milliseconds): IsoTimestamp;
  /** How much `kind` time lies between `from` and `to` (0 when `to` is not later). */
  between(kind: ClockKind, from: IsoTimestamp, to: IsoTimestamp): Milliseconds;
}

/** Every hour counts: calendar clocks, and business clocks of a site open around the clock. */
export const wallClock: DeadlineClock = {
  add: (_kind, start, duration) => addDuration(start, duration),
  between: (_kind, from, to) => Math.max(0, elapsedMs(from, to)),
};

/** What a command may need to know about deadlines, computed just before it is decided. */
export interface DeadlineQuote {
  rules: DeadlineRules;
  /** Each clock started now: an opening sets both, a reopening the resolve clock. */
  started: { acknowledgeBy: IsoTimestamp; resolveBy: IsoTimestamp };
  /** Open time of the site's calendar from the opening, and from the resolve clock's start, to now. */
  businessElapsed: { sinceOpening: Milliseconds; sinceResolveClockStart: Milliseconds };
  /** If the paused clock resumed now: its resolve deadline, and the pause in open time. */
  resumed?: { resolveBy: IsoTimestamp; businessPausedMs: Milliseconds };
}

/** Each clock's kind of time under a policy (calendar unless it says business). */
export function clockKinds(policy: PolicyDocument): DeadlineRules['clocks'] {
  return {
    acknowledge: policy.clocks?.acknowledge ?? 'calendar',
    resolve: policy.clocks?.resolve ?? 'calendar',
  };
}

/** True when some deadline of the policy depends on the site's opening hours. */
export function countsBusinessTime(policy: PolicyDocument): boolean {
  const { acknowledge, resolve } = clockKinds(policy);
  return (
    acknowledge === 'business' ||
    resolve === 'business' ||
    policy.escalation.some((rung) => rung.businessHoursOnly === true)
  );
}

/** What of an incident's state a quote depends on. */
export type ClockState = Pick<
  IncidentState,
  'status' | 'pausedAt' | 'deadlines' | 'openedAt' | 'resolutionClockStartedAt'
>;

/**
 * The quote for an incident's clocks at `now`. A resumed resolve deadline keeps the time the
 * clock had left when it paused, in its own kind of time; a deadline already missed
 * when it paused stays where it was (a breach stays a breach, CALENDARS.md trap 6).
 */
export function quoteDeadlines(
  state: ClockState,
  policy: PolicyDocument,
  now: IsoTimestamp,
  clock: DeadlineClock,
): DeadlineQuote {
  const clocks = clockKinds(policy);
  const rules: DeadlineRules = { clocks, ...(clock.calendar && { calendar: clock.calendar }) };
  const started = {
    acknowledgeBy: clock.add(clocks.acknowledge, now, durationMs(policy.acknowledgeWithin)),
    resolveBy: clock.add(clocks.resolve, now, durationMs(policy.resolveWithin)),
  };
  // Before the opening no clock has run (and its start times are placeholders).
  const since = (start: IsoTimestamp): Milliseconds =>
    state.status === 'new' ? 0 : clock.between('business', start, now);
  const businessElapsed = {
    sinceOpening: since(state.openedAt),
    sinceResolveClockStart: since(state.resolutionClockStartedAt),
  };
  const quote = { rules, started, businessElapsed };
  const { pausedAt } = state;
  if (pausedAt === undefined) return quote;
  const { resolveBy } = state.deadlines;
  const left = clock.between(clocks.resolve, pausedAt, resolveBy);
  const resumed = {
    resolveBy: resolveBy <= pausedAt ? resolveBy : clock.add(clocks.resolve, now, left),
    businessPausedMs: clock.between('business', pausedAt, now),
  };
  return { ...quote, resumed };
}

/** The context's quote; outside the workflow (unit tests, validators) every hour counts. */
export function deadlinesFor(state: IncidentState, ctx: CommandContext): DeadlineQuote {
  return ctx.deadlines ?? quoteDeadlines(state, ctx.policy.document, ctx.now, wallClock);
}
