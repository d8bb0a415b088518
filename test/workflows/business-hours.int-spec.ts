/**
 * Business-hours clocks and pauses in the recovery workflow (issue 12), on the real
 * dev server with second-long policy durations. The site's calendar is built around
 * the clock (open two hours a day, from two whole hours after now, in UTC): the site
 * is closed throughout each test, so a business clock must not run and a
 * business-hours-only rung must wait, while the deadlines the workflow records can
 * be worked out by hand. Temporal's time-skipping test server would let hours pass,
 * but it does not take update-with-start, by which every incident opens.
 */
import { type PinnedCalendar, toIsoTimestamp } from '@recovery/domain';
import {
  CalendarsService,
  CalendarVersionRepository,
  SiteCalendarsSource,
} from '@recovery/calendars';
import { type StoredEvent } from '@recovery/event-store';
import { acknowledgeUpdate, resumeUpdate, waitForCustomerUpdate } from '@recovery/workflows';
import { twoHourDeskOpeningLater } from '../support/two-hour-desk';
import { by, frontline, shortPolicy, startIncident } from './support/recovery-fixtures';
import {
  has,
  type RecoveryTestEnv,
  startRecoveryTestEnv,
  waitForStream,
} from './support/recovery-test-env';

/** Long enough that the acknowledge clock stays out of these tests. */
const NO_ACK_PRESSURE = { acknowledgeWithin: 'P1D' };

let env: RecoveryTestEnv;
beforeAll(async () => {
  env = await startRecoveryTestEnv();
});
afterAll(async () => {
  await env?.close();
});

/** The two-hour desk of test/support, stored as a calendar version. */
async function calendarOpeningLater(
  now: number,
): Promise<{ calendar: PinnedCalendar; opensAt: number }> {
  const { document, opensAt } = twoHourDeskOpeningLater(now);
  const calendars = new CalendarsService(
    new CalendarVersionRepository(env.dataSource),
    new SiteCalendarsSource(env.dataSource),
  );
  const stored = await calendars.createVersion(document, 'business-hours test');
  return { calendar: { key: stored.key, version: stored.version, document }, opensAt };
}

const iso = (ms: number): string => toIsoTimestamp(ms);
const ofType = (events: StoredEvent[], type: string): StoredEvent[] =>
  events.filter((e) => e.type === type);
/** Waits `seconds` of real time: long past every second-long clock of these tests. */
const pass = (seconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, seconds * 1000));

describe('business-hours clocks', () => {
  it('counts a business resolve clock from the next opening, so it does not run while the site is closed', async () => {
    const { calendar, opensAt } = await calendarOpeningLater(Date.now());
    const policy = shortPolicy({
      ...NO_ACK_PRESSURE,
      resolveWithin: 'PT2S',
      clocks: { resolve: 'business' },
    });
    const { streamId } = await startIncident(env, policy, {}, calendar);

    const [opened] = await waitForStream(env, streamId, has('IncidentOpened'));
    expect(opened?.data).toMatchObject({
      deadlines: { resolveBy: iso(opensAt + 2000) },
      deadlineRules: {
        clocks: { acknowledge: 'calendar', resolve: 'business' },
        calendar: {
          key: calendar.key,
          version: calendar.version,
          timeZone: 'UTC',
          timeZoneData: process.versions.tz,
        },
      },
    });
    // Two seconds of calendar time would have breached long ago.
    await pass(4);
    expect(ofType(await env.eventStore.readStream(streamId), 'ResolutionOverdue')).toEqual([]);
  });

  it('holds a business-hours-only rung until the site opens, while a plain rung climbs at once', async () => {
    const { calendar } = await calendarOpeningLater(Date.now());
    const ladder = (businessHoursOnly: boolean) =>
      shortPolicy({
        ...NO_ACK_PRESSURE,
        resolveWithin: 'PT1S',
        escalation: [{ after: 'PT1S', to: 'supervisor', businessHoursOnly }],
      });
    const held = await startIncident(env, ladder(true), {}, calendar);
    const plain = await startIncident(env, ladder(false), {}, calendar);

    await waitForStream(env, plain.streamId, has('IncidentEscalated'));
    await waitForStream(env, held.streamId, has('ResolutionOverdue'));
    await pass(3);
    expect(ofType(await env.eventStore.readStream(held.streamId), 'IncidentEscalated')).toEqual([]);
  });

  it('stops the resolve clock and its ladder while waiting on the customer, and moves the deadline by the pause', async () => {
    const policy = shortPolicy({
      ...NO_ACK_PRESSURE,
      resolveWithin: 'PT3S',
      escalation: [{ after: 'PT1S', to: 'supervisor' }],
    });
    const { streamId, handle } = await startIncident(env, policy);
    await handle.executeUpdate(acknowledgeUpdate, { args: [by(frontline)] });
    await handle.executeUpdate(waitForCustomerUpdate, {
      args: [{ reason: 'Waiting for the rental agreement', ...by(frontline) }],
    });
    const [opened] = await waitForStream(env, streamId, has('SlaClockPaused'));
    const { resolveBy } = opened?.data.deadlines as { resolveBy: string };

    // Past the deadline and the first rung, but paused: neither happens.
    await pass(5);
    let events = await env.eventStore.readStream(streamId);
    expect(ofType(events, 'ResolutionOverdue')).toEqual([]);
    expect(ofType(events, 'IncidentEscalated')).toEqual([]);

    await handle.executeUpdate(resumeUpdate, { args: [by(frontline)] });
    events = await waitForStream(env, streamId, has('DeadlinesRescheduled'));
    const pausedMs = Number(ofType(events, 'SlaClockResumed')[0]?.data.pausedMs);
    expect(pausedMs).toBeGreaterThanOrEqual(5000);
    expect(ofType(events, 'DeadlinesRescheduled')[0]?.data).toMatchObject({
      reason: 'sla_clock_resumed',
      previous: { resolveBy },
      deadlines: { resolveBy: iso(Date.parse(resolveBy) + pausedMs) },
    });
    // The moved deadline is watched again: it breaches and escalates once passed.
    await waitForStream(env, streamId, has('IncidentEscalated'));
  });
});
