import { randomUUID } from 'node:crypto';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

/** Issue 10: a route for every command the workflow takes, and "my incidents". */
describe('reassigning, customer contacts and ?assignee=me over HTTP', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;
  let omar: string;
  // Fresh people per run: their lists start empty even against a reused database.
  const omarId = `omar-${randomUUID()}`;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: `fiona-${randomUUID()}`, sites: ['AMS'] });
    omar = await harness.token('frontline', { sub: omarId, sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  const typesOf = async (id: string): Promise<string[]> =>
    ((await get(harness, `/v1/incidents/${id}/events`, fiona)).body as { items: Body[] }).items.map(
      (e) => e.type as string,
    );
  const mine = async (token: string): Promise<string[]> =>
    ((await get(harness, '/v1/incidents?assignee=me', token)).body as { items: Body[] }).items.map(
      (i) => i.id as string,
    );

  it('lists an incident as mine once I acknowledge it, and as the new owner’s once reassigned', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    expect(await mine(fiona)).not.toContain(id);
    expect((await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {})).status).toBe(200);
    expect(await mine(fiona)).toContain(id);

    const reassigned = await post(harness, `/v1/incidents/${id}/reassign`, fiona, {
      assignee: { kind: 'person', id: omarId },
      reason: 'Omar knows the car',
    });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body).toMatchObject({ eventTypes: ['IncidentReassigned'] });
    expect(await mine(fiona)).not.toContain(id);
    expect(await mine(omar)).toContain(id);

    const events = (await get(harness, `/v1/incidents/${id}/events`, fiona)).body as {
      items: Body[];
    };
    expect(events.items.at(-1)?.data).toMatchObject({
      from: { kind: 'person' },
      to: { kind: 'person', id: omarId },
      reason: 'Omar knows the car',
    });
  });

  it('records inbound and outbound contacts with the customer', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    const called = await post(harness, `/v1/incidents/${id}/contacts`, fiona, {
      direction: 'outbound',
      channel: 'phone',
      summary: 'Called back: taxi on its way',
    });
    expect(called.status).toBe(200);
    expect(called.body).toMatchObject({ status: 'open', eventTypes: ['CustomerContacted'] });
    expect(await typesOf(id)).toEqual(['IncidentOpened', 'CustomerContacted']);
  });

  it('refuses a bad reassignment or contact with 400 and stores nothing', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    const badAssignee = await post(harness, `/v1/incidents/${id}/reassign`, fiona, {
      assignee: { kind: 'robot', id: 'r2' },
    });
    expectProblem(badAssignee, 400, 'validation_failed');
    const badDirection = await post(harness, `/v1/incidents/${id}/contacts`, fiona, {
      direction: 'sideways',
      channel: 'phone',
      summary: 'x',
    });
    expectProblem(badDirection, 400, 'validation_failed');
    expect(await typesOf(id)).toEqual(['IncidentOpened']);
  });

  it('refuses to reassign a resolved incident with 409', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    await post(harness, `/v1/incidents/${id}/resolve`, fiona, { outcome: 'fixed', summary: 'ok' });
    const late = await post(harness, `/v1/incidents/${id}/reassign`, fiona, {
      assignee: { kind: 'team', id: 'desk-ams' },
    });
    expectProblem(late, 409, 'incident_not_open');
  });
});
