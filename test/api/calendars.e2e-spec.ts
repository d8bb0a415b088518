/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { randomUUID } from 'node:crypto';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { type Body, expectProblem, get, post } from './support/http';

const DESK_HOURS = [{ from: '08:00', to: '18:00' }];

/** The example calendar with a fresh key (no site names it, so no incident pins it). */
function testCalendar(overrides: Record<string, unknown> = {}): Body & { key: string } {
  return {
    key: `e2e-${randomUUID().slice(0, 8)}`,
    title: 'Amsterdam desk',
    timeZone: 'Europe/Amsterdam',
    weeklyHours: {
      mon: DESK_HOURS,
      tue: DESK_HOURS,
      wed: DESK_HOURS,
      thu: DESK_HOURS,
      fri: DESK_HOURS,
      sat: [],
      sun: [],
    },
    holidays: [
      { date: '2026-12-25', name: 'Christmas' },
      { date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] },
    ],
    ...overrides,
  };
}

const withMonday = (mon: Body[]): Body => ({
  weeklyHours: { ...(testCalendar().weeklyHours as Body), mon },
});

describe('calendars over HTTP', () => {
  let harness: ApiHarness;
  let admin: string;
  let frontline: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    admin = await harness.token('admin', { sub: 'ada', sites: ['*'] });
    frontline = await harness.token('frontline');
  });
  afterAll(() => harness?.close());

  it('stores versions 1 and 2 of a key, lists the newest, and keeps version 1 unchanged', async () => {
    const calendar = testCalendar();
    const v1 = await post(harness, '/v1/calendars', admin, calendar);
    expect(v1.status).toBe(201);
    expect(v1.body).toEqual({ key: calendar.key, version: 1 });
    const v2 = await post(harness, '/v1/calendars', admin, { ...calendar, title: 'Winter hours' });
    expect(v2.body).toEqual({ key: calendar.key, version: 2 });

    const versions = await get(harness, `/v1/calendars/${calendar.key}/versions`, frontline);
    expect(versions.status).toBe(200);
    const items = (versions.body as { items: Body[] }).items;
    expect(items.map((v) => [v.version, (v.document as Body).title])).toEqual([
      [2, 'Winter hours'],
      [1, 'Amsterdam desk'],
    ]);
    expect(items[1]).toEqual({
      key: calendar.key,
      version: 1,
      document: calendar,
      createdBy: 'ada',
      createdAt: expect.any(String),
    });

    const list = await get(harness, '/v1/calendars', frontline);
    const latest = (list.body as { items: Body[] }).items.filter((c) => c.key === calendar.key);
    expect(latest.map((c) => c.version)).toEqual([2]);
  });

  it.each<[string, Body, string]>([
    ['an invalid time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    [
      'overlapping intervals',
      withMonday([
        { from: '08:00', to: '12:00' },
        { from: '11:00', to: '14:00' },
      ]),
      'weeklyHours.mon[1]',
    ],
    ['a malformed time', withMonday([{ from: '8am', to: '18:00' }]), 'weeklyHours.mon[0].from'],
    ['a malformed holiday date', { holidays: [{ date: '2026-02-30' }] }, 'holidays[0].date'],
  ])('refuses %s with 422 naming the field, storing nothing', async (_, bad, field) => {
    const calendar = testCalendar(bad);

    const problem = expectProblem(
      await post(harness, '/v1/calendars', admin, calendar),
      422,
      'invalid_calendar_document',
    );

    expect((problem.errors as Body[]).map((e) => e.field)).toEqual([field]);
    expectProblem(
      await get(harness, `/v1/calendars/${calendar.key}/versions`, admin),
      404,
      'calendar_not_found',
    );
  });

  it('refuses unknown fields and malformed keys with 400', async () => {
    const unknown = expectProblem(
      await post(harness, '/v1/calendars', admin, { ...testCalendar(), owner: 'me' }),
      400,
      'validation_failed',
    );
    expect((unknown.errors as Body[]).map((e) => e.field)).toEqual(['owner']);
    expectProblem(
      await get(harness, '/v1/calendars/NOT%20A%20KEY/versions', admin),
      400,
      'validation_failed',
    );
  });

  it.each(['frontline', 'supervisor', 'manager', 'executive'] as const)(
    'refuses a calendar from a %s with 403, storing nothing',
    async (role) => {
      const calendar = testCalendar();

      const refused = await post(harness, '/v1/calendars', await harness.token(role), calendar);

      expectProblem(refused, 403, 'forbidden');
      expectProblem(
        await get(harness, `/v1/calendars/${calendar.key}/versions`, admin),
        404,
        'calendar_not_found',
      );
    },
  );
});
