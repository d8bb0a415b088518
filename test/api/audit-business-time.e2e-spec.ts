import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { WEEKDAYS } from '@recovery/domain';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, eventually, get, post } from './support/http';

/** Issue 12 in the executive audit: incidents worked over HTTP, figures read back over HTTP. */
describe('the audit in business and calendar time, with the time paused', () => {
  let harness: ApiHarness;
  let executive: string;
  let admin: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    executive = await harness.token('executive', { sites: ['*'] });
    admin = await harness.token('admin', { sites: ['*'] });
  });
  afterAll(() => harness?.close());

  /** The data of the incident's first event of `type`. */
  const eventData = async (id: string, type: string, token: string): Promise<Body> => {
    const events = await get(harness, `/v1/incidents/${id}/events`, token);
    return (events.body as { items: Body[] }).items.find((e) => e.type === type)!.data as Body;
  };
  /** Works an incident to its first resolution, waiting on the customer for `pauseMs` if given. */
  const work = async (token: string, policyKey: string, site: string, pauseMs?: number) => {
    const id = await openIncident(harness, token, openBody(policyKey, { site }));
    await post(harness, `/v1/incidents/${id}/acknowledge`, token, {});
    if (pauseMs !== undefined) {
      const reason = { reason: 'Waiting for the rental agreement' };
      expect(
        (await post(harness, `/v1/incidents/${id}/wait-for-customer`, token, reason)).status,
      ).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      expect((await post(harness, `/v1/incidents/${id}/resume`, token, {})).status).toBe(200);
    }
    const resolved = await post(harness, `/v1/incidents/${id}/resolve`, token, {
      outcome: 'fixed',
      summary: 'Replacement car',
    });
    expect(resolved.body).toMatchObject({ status: 'resolved' });
    return {
      id,
      acknowledged: await eventData(id, 'IncidentAcknowledged', token),
      resolved: await eventData(id, 'IncidentResolved', token),
    };
  };
  /** The report over the policy's incidents, once the read models hold `resolved` resolutions. */
  const reportOnceResolved = async (policyKey: string, resolved: number): Promise<Body> => {
    let figures: Body = {};
    await eventually(async () => {
      const report = await get(harness, `/v1/audit/conformance?policyKey=${policyKey}`, executive);
      figures = (report.body as { figures: Body }).figures;
      expect(figures.resolution).toMatchObject({ resolved });
    }, 30_000);
    return figures;
  };
  const median = (a: number, b: number): number => Math.round((a + b) / 2);

  it('at a site open around the clock, reports business time equal to calendar time and the pause made', async () => {
    const fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
    const policyKey = await createPolicy(harness);
    const straight = await work(fiona, policyKey, 'AMS');
    const waited = await work(fiona, policyKey, 'AMS', 1200);
    const pausedMs = Number(
      (await get(harness, `/v1/incidents/${waited.id}`, fiona).then((r) => r.body as Body))
        .pausedMs,
    );
    expect(pausedMs).toBeGreaterThanOrEqual(1200);

    const figures = await reportOnceResolved(policyKey, 2);
    const acknowledge = median(
      Number(straight.acknowledged.elapsedMs),
      Number(waited.acknowledged.elapsedMs),
    );
    expect(figures.acknowledgement).toMatchObject({
      medianMs: acknowledge,
      businessMedianMs: acknowledge,
      businessClock: 0,
    });
    const resolve = [straight, waited].map((incident) => Number(incident.resolved.elapsedMs));
    expect(figures.resolution).toMatchObject({
      medianMs: median(resolve[0], resolve[1]),
      // The resolve clock's own count leaves the time paused out.
      businessMedianMs: median(resolve[0], resolve[1] - pausedMs),
      businessClock: 0,
    });
    expect(figures.timePaused).toEqual({
      incidentsPaused: 1,
      share: 0.5,
      pauses: 1,
      medianMs: pausedMs,
      p90Ms: pausedMs,
    });

    const scorecard = await get(
      harness,
      `/v1/audit/scorecard?interval=month&policyKey=${policyKey}`,
      executive,
    );
    const periods = (scorecard.body as { periods: Body[] }).periods;
    expect(periods.reduce((sum, period) => sum + Number(period.incidents), 0)).toBe(2);
    if (periods.length === 1)
      expect(periods[0]).toMatchObject({
        medianAcknowledgeMs: acknowledge,
        medianAcknowledgeBusinessMs: acknowledge,
        medianResolveMs: median(resolve[0], resolve[1]),
        medianResolveBusinessMs: median(resolve[0], resolve[1] - pausedMs),
        timePaused: { incidentsPaused: 1, pauses: 1, medianMs: pausedMs },
      });
  });

  it('at a site that is closed, counts no business time while calendar time runs', async () => {
    const site = await closedSite();
    const dana = await harness.token('frontline', { sub: 'dana', sites: [site] });
    const policyKey = await createPolicy(harness, { clocks: { resolve: 'business' } });
    const incident = await work(dana, policyKey, site);

    const figures = await reportOnceResolved(policyKey, 1);
    expect(figures.acknowledgement).toMatchObject({
      medianMs: Number(incident.acknowledged.elapsedMs),
      businessMedianMs: 0,
    });
    expect(Number(incident.resolved.elapsedMs)).toBeGreaterThan(0);
    expect(figures.resolution).toMatchObject({
      medianMs: Number(incident.resolved.elapsedMs),
      businessMedianMs: 0,
      businessClock: 1,
    });
  });

  /** A site whose calendar opens only three days from now (UTC): closed while the test runs. */
  async function closedSite(): Promise<string> {
    const openDay = WEEKDAYS[(new Date().getUTCDay() + 6 + 3) % 7]; // getUTCDay counts from Sunday
    const weeklyHours = Object.fromEntries(
      WEEKDAYS.map((day) => [day, day === openDay ? [{ from: '00:00', to: '24:00' }] : []]),
    );
    const calendarKey = `e2e-audit-${randomUUID().slice(0, 8)}`;
    const calendar = await request(harness.server)
      .post('/v1/calendars')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        key: calendarKey,
        title: 'Open one day a week',
        timeZone: 'UTC',
        weeklyHours,
        holidays: [],
      });
    expect(calendar.status).toBe(201);
    const site = `AUD-${randomUUID().slice(0, 6).toUpperCase()}`;
    const registered = await request(harness.server)
      .put(`/v1/sites/${site}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'Closed desk', timeZone: 'UTC', calendarKey });
    expect(registered.status).toBe(200);
    return site;
  }
});
