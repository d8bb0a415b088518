/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { type Body, expectProblem, get, post } from './support/http';

// Sites registered here have fresh codes: the shared database keeps them for later
// files, and no incident of another test is opened on them.
const freshSite = (): string => `E2E-${randomUUID().slice(0, 8)}`;
// A site SITE_TIME_ZONES names that this file also registers with another zone.
const CONFIGURED_THEN_REGISTERED = freshSite();

/** PUT as the bearer of `token`. */
function put(harness: ApiHarness, path: string, token: string, body: object) {
  return request(harness.server).put(path).set('Authorization', `Bearer ${token}`).send(body);
}

describe('sites over HTTP', () => {
  let harness: ApiHarness;
  let admin: string;
  let calendarKey: string;
  useEnvironment({
    SITE_TIME_ZONES: `AMS=Europe/Amsterdam,NYC=America/New_York,${CONFIGURED_THEN_REGISTERED}=Asia/Tokyo,*=Europe/London`,
  });

  beforeAll(async () => {
    harness = await startApiHarness();
    admin = await harness.token('admin', { sub: 'ada', sites: ['*'] });
    calendarKey = `e2e-${randomUUID().slice(0, 8)}`;
    const day = [{ from: '08:00', to: '18:00' }];
    const created = await post(harness, '/v1/calendars', admin, {
      key: calendarKey,
      title: 'Sites test desk',
      timeZone: 'Europe/Amsterdam',
      weeklyHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
      holidays: [],
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => harness?.close());

  describe('GET /v1/sites/time-zones', () => {
    const timeZones = async (): Promise<{ items: Body[]; otherSites: string }> => {
      const response = await get(harness, '/v1/sites/time-zones', await harness.token('frontline'));
      expect(response.status).toBe(200);
      return response.body as { items: Body[]; otherSites: string };
    };

    it('names each configured site’s zone and the zone of all others', async () => {
      const zones = await timeZones();

      expect(zones.items).toEqual(
        expect.arrayContaining([
          { site: 'AMS', timeZone: 'Europe/Amsterdam' },
          { site: 'NYC', timeZone: 'America/New_York' },
        ]),
      );
      expect(zones.otherSites).toBe('Europe/London');
    });

    it('gives a registered site’s own zone, over SITE_TIME_ZONES and beside it', async () => {
      const zoneOf = async (site: string) =>
        (await timeZones()).items.filter((item) => item.site === site);
      expect(await zoneOf(CONFIGURED_THEN_REGISTERED)).toEqual([
        { site: CONFIGURED_THEN_REGISTERED, timeZone: 'Asia/Tokyo' },
      ]);
      const unconfigured = freshSite();
      for (const [code, timeZone] of [
        [CONFIGURED_THEN_REGISTERED, 'Europe/Lisbon'],
        [unconfigured, 'America/Chicago'],
      ])
        expect(
          (await put(harness, `/v1/sites/${code}`, admin, { name: code, timeZone })).status,
        ).toBe(200);

      expect(await zoneOf(CONFIGURED_THEN_REGISTERED)).toEqual([
        { site: CONFIGURED_THEN_REGISTERED, timeZone: 'Europe/Lisbon' },
      ]);
      expect(await zoneOf(unconfigured)).toEqual([
        { site: unconfigured, timeZone: 'America/Chicago' },
      ]);
    });
  });

  const listed = async (code: string): Promise<Body[]> => {
    const response = await get(harness, '/v1/sites', await harness.token('frontline'));
    expect(response.status).toBe(200);
    return (response.body as { items: Body[] }).items.filter((site) => site.code === code);
  };

  it('registers a site with a calendar, lists it, and replaces its registration', async () => {
    const code = freshSite();
    const registration = { name: 'Schiphol desk', timeZone: 'Europe/Amsterdam', calendarKey };

    const registered = await put(harness, `/v1/sites/${code}`, admin, registration);

    expect(registered.status).toBe(200);
    expect(registered.body).toEqual({
      code,
      ...registration,
      updatedBy: 'ada',
      updatedAt: expect.any(String),
    });
    expect(await listed(code)).toEqual([registered.body]);

    const replaced = await put(harness, `/v1/sites/${code}`, admin, {
      name: 'Schiphol desk (no hours)',
      timeZone: 'Europe/Amsterdam',
      calendarKey: null,
    });

    expect(replaced.status).toBe(200);
    expect(await listed(code)).toEqual([
      expect.objectContaining({ name: 'Schiphol desk (no hours)', calendarKey: null }),
    ]);
  });

  it('registers a site without a calendar when calendarKey is absent', async () => {
    const code = freshSite();

    const registered = await put(harness, `/v1/sites/${code}`, admin, {
      name: code,
      timeZone: 'UTC',
    });

    expect(registered.body).toMatchObject({ code, calendarKey: null });
  });

  it.each<[string, Body, string]>([
    ['an unknown calendarKey', { calendarKey: 'no-such-calendar' }, 'calendarKey'],
    ['a time zone that is not an IANA zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['an offset for a time zone', { timeZone: '+01:00' }, 'timeZone'],
  ])('refuses %s with 422 naming the field, registering nothing', async (_, bad, field) => {
    const code = freshSite();
    const body = { name: code, timeZone: 'Europe/Amsterdam', calendarKey, ...bad };

    const problem = expectProblem(
      await put(harness, `/v1/sites/${code}`, admin, body),
      422,
      'invalid_site_registration',
    );

    expect((problem.errors as Body[]).map((e) => e.field)).toEqual([field]);
    expect(await listed(code)).toEqual([]);
  });

  it('keeps a registered site as it was when a new registration is refused', async () => {
    const code = freshSite();
    const registration = { name: code, timeZone: 'Europe/Amsterdam', calendarKey };
    await put(harness, `/v1/sites/${code}`, admin, registration);

    const refused = await put(harness, `/v1/sites/${code}`, admin, {
      ...registration,
      calendarKey: 'no-such-calendar',
    });

    expect(refused.status).toBe(422);
    expect(await listed(code)).toEqual([expect.objectContaining(registration)]);
  });

  it.each<[string, string, Body, string]>([
    ['a site code with a space', 'A%20MS', { name: 'x', timeZone: 'UTC' }, 'code'],
    ['a missing name', freshSite(), { timeZone: 'UTC' }, 'name'],
    [
      'a malformed calendarKey',
      freshSite(),
      { name: 'x', timeZone: 'UTC', calendarKey: 'A B' },
      'calendarKey',
    ],
    ['an unknown field', freshSite(), { name: 'x', timeZone: 'UTC', open: true }, 'open'],
  ])('refuses %s with 400 naming it', async (_, code, body, field) => {
    const problem = expectProblem(
      await put(harness, `/v1/sites/${code}`, admin, body),
      400,
      'validation_failed',
    );

    expect((problem.errors as Body[]).map((e) => e.field)).toContain(field);
  });

  it.each(['frontline', 'supervisor', 'manager', 'executive'] as const)(
    'refuses a registration from a %s with 403, registering nothing',
    async (role) => {
      const code = freshSite();

      const refused = await put(harness, `/v1/sites/${code}`, await harness.token(role), {
        name: code,
        timeZone: 'UTC',
      });

      expectProblem(refused, 403, 'forbidden');
      expect(await listed(code)).toEqual([]);
    },
  );
});
