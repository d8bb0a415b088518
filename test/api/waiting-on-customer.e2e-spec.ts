import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { twoHourDeskOpeningLater } from '../support/two-hour-desk';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

const HOUR = 3_600_000;

/** Issue 12 over HTTP: waiting on the customer, and a site whose calendar makes clocks count business hours. */
describe('waiting on the customer and business-hours sites', () => {
  let harness: ApiHarness;
  let admin: string;
  let policyKey: string;
  let fiona: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    admin = await harness.token('admin', { sites: ['*'] });
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  const detail = async (id: string, token = fiona): Promise<Body> =>
    (await get(harness, `/v1/incidents/${id}`, token)).body as Body;
  const eventTypes = async (id: string): Promise<string[]> => {
    const events = await get(harness, `/v1/incidents/${id}/events`, fiona);
    return (events.body as { items: Body[] }).items.map((e) => String(e.type));
  };

  it('pauses the resolve clock while waiting on the customer and moves its deadline when resumed', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    expectProblem(
      await post(harness, `/v1/incidents/${id}/wait-for-customer`, fiona, { reason: 'Contract' }),
      409,
      'acknowledge_clock_not_pausable',
    );
    await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    const before = await detail(id);

    const paused = await post(harness, `/v1/incidents/${id}/wait-for-customer`, fiona, {
      reason: 'Waiting for the rental agreement',
    });
    expect(paused.body).toMatchObject({ status: 'waiting_on_customer' });
    const waiting = await detail(id);
    expect(waiting).toMatchObject({ status: 'waiting_on_customer', pausedMs: 0 });
    expect(waiting.pausedSince).toEqual(expect.any(String));
    expect((waiting.clocks as Body[]).map((c) => c.clock)).not.toContain('resolve');
    const listed = await get(harness, '/v1/incidents?status=waiting_on_customer&limit=100', fiona);
    expect((listed.body as { items: Body[] }).items.map((i) => i.id)).toContain(id);
    expectProblem(
      await post(harness, `/v1/incidents/${id}/wait-for-customer`, fiona, { reason: 'Again' }),
      409,
      'sla_clock_already_paused',
    );

    await new Promise((resolve) => setTimeout(resolve, 1200));
    const resumed = await post(harness, `/v1/incidents/${id}/resume`, fiona, {});
    expect(resumed.body).toMatchObject({
      status: 'acknowledged',
      eventTypes: ['SlaClockResumed', 'DeadlinesRescheduled'],
    });
    const after = await detail(id);
    const pausedMs = Number(after.pausedMs);
    expect(pausedMs).toBeGreaterThanOrEqual(1200);
    const resolveBy = (d: Body): number => Date.parse(String((d.deadlines as Body).resolveBy));
    expect(resolveBy(after) - resolveBy(before)).toBe(pausedMs);
    expect(after.pausedSince).toBeUndefined();
    expectProblem(
      await post(harness, `/v1/incidents/${id}/resume`, fiona, {}),
      409,
      'sla_clock_not_paused',
    );
    expect(await eventTypes(id)).toEqual(
      expect.arrayContaining(['SlaClockPaused', 'SlaClockResumed', 'DeadlinesRescheduled']),
    );
  });

  it('refuses a wait without a reason and changes nothing', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    const refused = await post(harness, `/v1/incidents/${id}/wait-for-customer`, fiona, {});
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('reason');
    expect((await detail(id)).status).toBe('acknowledged');
  });

  it('counts a business clock in the site’s calendar and records which version it used', async () => {
    const { document, opensAt } = twoHourDeskOpeningLater(Date.now());
    const calendarKey = document.key;
    const calendar = await request(harness.server)
      .post('/v1/calendars')
      .set('Authorization', `Bearer ${admin}`)
      .send(document);
    expect(calendar.body).toEqual({ key: calendarKey, version: 1 });
    const site = `E2E-${randomUUID().slice(0, 6).toUpperCase()}`;
    const registered = await request(harness.server)
      .put(`/v1/sites/${site}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'Two-hour desk', timeZone: 'UTC', calendarKey });
    expect(registered.status).toBe(200);
    const businessPolicy = await createPolicy(harness, {
      resolveWithin: 'PT1H',
      clocks: { resolve: 'business' },
    });
    const desk = await harness.token('frontline', { sub: 'dana', sites: [site] });

    const id = await openIncident(harness, desk, openBody(businessPolicy, { site }));
    const opened = await detail(id, desk);
    expect(opened).toMatchObject({
      deadlines: { resolveBy: new Date(opensAt + HOUR).toISOString() },
      deadlineRules: {
        clocks: { acknowledge: 'calendar', resolve: 'business' },
        calendar: { key: calendarKey, version: 1, timeZone: 'UTC' },
      },
    });
  });
});
