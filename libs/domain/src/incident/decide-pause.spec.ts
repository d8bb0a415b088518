import { type IncidentEvent } from '../events/incident-events';
import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';
import { decide } from './decide';
import { type DeadlineClock, quoteDeadlines } from './deadline-quote';
import { nextRung } from './deadline-events';
import { foldIncident } from './evolve';
import { type CommandContext, type IncidentCommand } from './incident-commands';
import { type IncidentState } from './incident-state';
import { ctx, frontline, opening, policy, rejection, t0 } from './incident.spec-fixture';

const HOUR = 3_600_000;
const at = (hours: number): IsoTimestamp => toIsoTimestamp(t0 + hours * HOUR);
const waitFor: IncidentCommand = {
  type: 'WaitForCustomer',
  data: { reason: 'Awaiting the contract' },
};
const resume: IncidentCommand = { type: 'Resume', data: {} };

/** Decides `command` `hours` after opening and folds its events; returns both. */
function step(
  state: IncidentState,
  command: IncidentCommand,
  hours: number,
  context: CommandContext = ctx(frontline, hours * 3600),
): { state: IncidentState; events: IncidentEvent[] } {
  const events = decide(command, state, context);
  return { state: foldIncident(events, state), events };
}

function acknowledged(): IncidentState {
  const opened = step(foldIncident([]), { type: 'OpenIncident', data: opening }, 0).state;
  return step(opened, { type: 'Acknowledge', data: {} }, 0).state;
}

describe('waiting on the customer (issue 12)', () => {
  it('pauses an acknowledged incident and takes the resolve clock off the ladder', () => {
    const { state, events } = step(acknowledged(), waitFor, 0.5);
    expect(events.map((e) => e.type)).toEqual(['SlaClockPaused']);
    expect(state).toMatchObject({ status: 'waiting_on_customer', pausedAt: at(0.5) });
  });

  it('refuses to pause the acknowledge clock, a second pause, and a resume that has nothing to resume', () => {
    const opened = step(foldIncident([]), { type: 'OpenIncident', data: opening }, 0).state;
    expect(rejection(() => decide(waitFor, opened, ctx(frontline, 10)))).toBe(
      'acknowledge_clock_not_pausable',
    );
    const paused = step(acknowledged(), waitFor, 0.5).state;
    expect(rejection(() => decide(waitFor, paused, ctx(frontline, 3600)))).toBe(
      'sla_clock_already_paused',
    );
    expect(rejection(() => decide(resume, acknowledged(), ctx(frontline, 10)))).toBe(
      'sla_clock_not_paused',
    );
  });

  it('moves the resolve deadline by the time paused when resumed, and returns to the status before', () => {
    // Resolve within 2 h of opening (12:00); paused 10:30–11:30.
    const paused = step(acknowledged(), waitFor, 0.5).state;
    const { state, events } = step(paused, resume, 1.5);
    expect(events.map((e) => e.type)).toEqual(['SlaClockResumed', 'DeadlinesRescheduled']);
    expect(events[0]?.data).toMatchObject({ trigger: 'resume_requested', pausedMs: HOUR });
    expect(state).toMatchObject({
      status: 'acknowledged',
      pausedAt: undefined,
      pauseTotals: { totalMs: HOUR, clockMs: HOUR },
      deadlines: { resolveBy: at(3) },
    });
  });

  it('resumes when the customer gets in touch, not when staff call out', () => {
    const paused = step(acknowledged(), waitFor, 0.5).state;
    const contact = (direction: 'inbound' | 'outbound'): IncidentCommand => ({
      type: 'ContactCustomer',
      data: { channel: 'phone', direction, summary: 'Talked about the contract' },
    });
    expect(step(paused, contact('outbound'), 1).events.map((e) => e.type)).toEqual([
      'CustomerContacted',
    ]);
    const inbound = step(paused, contact('inbound'), 1);
    expect(inbound.events.map((e) => e.type)).toEqual([
      'CustomerContacted',
      'SlaClockResumed',
      'DeadlinesRescheduled',
    ]);
    expect(inbound.state.status).toBe('acknowledged');
  });

  it('ends the pause when resolved while waiting, without moving the deadline', () => {
    const paused = step(acknowledged(), waitFor, 0.5).state;
    const resolve: IncidentCommand = {
      type: 'Resolve',
      data: { outcome: 'fixed', summary: 'The customer sent the contract' },
    };
    const { state, events } = step(paused, resolve, 1);
    expect(events.map((e) => e.type)).toEqual(['SlaClockResumed', 'IncidentResolved']);
    expect(state).toMatchObject({ status: 'resolved', pausedAt: undefined });
    expect(state.pauseTotals.totalMs).toBe(0.5 * HOUR);
    // Every hour counts here: the resolve clock ran 1 h, half an hour of it paused.
    expect(events[1]?.data).toMatchObject({
      elapsedMs: HOUR,
      businessElapsedMs: 0.5 * HOUR,
      pausedMs: 0.5 * HOUR,
    });
    expect(state.deadlines.resolveBy).toBe(at(2));
  });

  it('keeps a deadline missed before the pause where it was, and moves its ladder by the pause', () => {
    // Paused at 13:00, an hour after the missed 12:00 deadline; resumed at 15:00.
    const paused = step(acknowledged(), waitFor, 3).state;
    const { state } = step(paused, resume, 5);
    expect(state.deadlines.resolveBy).toBe(at(2));
    const rung = nextRung(state, policy.document, 'resolution_overdue', state.deadlines.resolveBy);
    // The rung is 5 minutes after the missed deadline, plus the two paused hours.
    expect(rung?.at).toBe(toIsoTimestamp(t0 + 4 * HOUR + 5 * 60_000));
  });

  it('records the quoted deadline and rules, counted in the clock’s own kind of time', () => {
    // A clock that counts only the first half of each hour as open time.
    const halfHours: DeadlineClock = {
      calendar: { key: 'desk', version: 4, timeZone: 'UTC', timeZoneData: 'test' },
      add: (_kind, start, duration) => toIsoTimestamp(Date.parse(start) + 2 * duration),
      between: (_kind, from, to) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 2),
    };
    const paused = step(acknowledged(), waitFor, 0.5).state;
    const resumedAt = at(1.5);
    const deadlines = quoteDeadlines(paused, policy.document, resumedAt, halfHours);
    const { events } = step(paused, resume, 1.5, { ...ctx(frontline, 1.5 * 3600), deadlines });
    // 1.5 h of wall time left at the pause is 0.75 h of "open" time, i.e. 1.5 h of wall time again.
    expect(events[1]?.data).toMatchObject({
      deadlines: { resolveBy: at(3) },
      rules: { clocks: { resolve: 'calendar' }, calendar: { key: 'desk', version: 4 } },
    });
  });
});
