/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { randomUUID } from 'node:crypto';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, eventually, expectProblem, get, post } from './support/http';

describe('incidents over HTTP', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', name: 'Fiona', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  it('opens an incident and a following GET and /events see IncidentOpened with the correlation id', async () => {
    const opened = await post(harness, '/v1/incidents', fiona, openBody(policyKey), {
      'X-Correlation-Id': 'corr-open-1',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toEqual({
      id: expect.any(String),
      status: 'open',
      policy: { key: policyKey, version: 1 },
      deadlines: { acknowledgeBy: expect.any(String), resolveBy: expect.any(String) },
    });
    const id = (opened.body as { id: string }).id;

    const detail = await get(harness, `/v1/incidents/${id}`, fiona);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id,
      status: 'open',
      site: 'AMS',
      escalationLevel: 0,
      openPromises: [],
      pendingApprovals: [],
    });

    const events = await get(harness, `/v1/incidents/${id}/events`, fiona);
    expect(events.status).toBe(200);
    const items = (events.body as { items: Body[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'IncidentOpened',
      streamVersion: 1,
      metadata: expect.objectContaining({
        correlationId: 'corr-open-1',
        actor: expect.objectContaining({ id: 'fiona' }),
      }),
      eventId: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      globalPosition: expect.any(Number),
    });
  });

  it('picks the policy from category and severity when no policyKey is given', async () => {
    const body = openBody(policyKey);
    delete body.policyKey;
    const opened = await post(harness, '/v1/incidents', fiona, {
      ...body,
      category: 'e2e_no_such_category',
    });
    expect(opened.status).toBe(201);
    expect((opened.body as { policy: { key: string } }).policy.key).not.toBe(policyKey);
  });

  it('walks an incident through acknowledge, note, remedy, promise, resolve and reopen', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    const ack = await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({
      incidentId: id,
      status: 'acknowledged',
      eventTypes: ['IncidentAcknowledged'],
    });
    expectProblem(
      await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {}),
      409,
      'incident_already_acknowledged',
    );

    expect(
      (
        await post(harness, `/v1/incidents/${id}/notes`, fiona, {
          text: 'Customer waiting at desk',
        })
      ).status,
    ).toBe(200);

    const remedy = await post(harness, `/v1/incidents/${id}/remedies`, fiona, {
      type: 'taxi',
      amount: 20,
      currency: 'EUR',
      description: 'Taxi to hotel',
    });
    expect(remedy.status).toBe(200);
    expect(remedy.body).toMatchObject({ remedyId: expect.any(String), status: 'approved' });
    expect(remedy.body).not.toHaveProperty('approvalId');

    const big = await post(harness, `/v1/incidents/${id}/remedies`, fiona, {
      type: 'taxi',
      amount: 90,
      currency: 'EUR',
      description: 'Taxi to airport',
    });
    expect(big.body).toMatchObject({ status: 'pending_approval', approvalId: expect.any(String) });
    expectProblem(
      await post(harness, `/v1/incidents/${id}/remedies`, fiona, {
        type: 'helicopter',
        amount: 1,
        currency: 'EUR',
        description: 'x',
      }),
      422,
      'remedy_type_not_in_policy',
    );

    const promise = await post(harness, `/v1/incidents/${id}/promises`, fiona, {
      description: 'Call back by five',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(promise.status).toBe(200);
    const promiseId = (promise.body as { promiseId: string }).promiseId;
    expectProblem(
      await post(harness, `/v1/incidents/${id}/promises/${promiseId}/confirm`, fiona, {}),
      409,
      'promise_confirmation_not_expected',
    );
    expect(
      (await post(harness, `/v1/incidents/${id}/promises/${promiseId}/keep`, fiona, {})).status,
    ).toBe(200);
    expectProblem(
      await post(harness, `/v1/incidents/${id}/promises/${randomUUID()}/keep`, fiona, {}),
      404,
      'promise_not_found',
    );

    expectProblem(
      await post(harness, `/v1/incidents/${id}/feedback`, fiona, { score: 5, level: 'delighted' }),
      409,
      'follow_up_not_sent',
    );
    const resolved = await post(harness, `/v1/incidents/${id}/resolve`, fiona, {
      outcome: 'compensated',
      summary: 'Taxi provided',
    });
    expect(resolved.body).toMatchObject({ status: 'resolved' });
    const reopened = await post(harness, `/v1/incidents/${id}/reopen`, fiona, {
      reason: 'Car failed again',
    });
    expect(reopened.body).toMatchObject({ status: 'reopened' });

    const state = await get(harness, `/v1/incidents/${id}`, fiona);
    expect(state.body).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      openPromises: [],
      pendingApprovals: [expect.objectContaining({ amount: 90, currency: 'EUR' })],
    });
    const types = (
      (await get(harness, `/v1/incidents/${id}/events`, fiona)).body as { items: Body[] }
    ).items.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'IncidentOpened',
        'IncidentAcknowledged',
        'NoteAdded',
        'RemedyProposed',
        'RemedyApproved',
        'ApprovalRequested',
        'PromiseMade',
        'PromiseKept',
        'IncidentResolved',
        'IncidentReopened',
      ]),
    );
  });

  it('reads remedy amounts in major units like the policy limits, and answers in them (issue 10)', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey)); // taxi: 25 EUR frontline, 150 supervisor
    const propose = (amount: number) =>
      post(harness, `/v1/incidents/${id}/remedies`, fiona, {
        type: 'taxi',
        amount,
        currency: 'EUR',
        description: 'Taxi',
      });

    const above = await propose(80);
    expect(above.status).toBe(200);
    expect(above.body).toMatchObject({
      status: 'pending_approval',
      approvalId: expect.any(String),
    });
    const within = await propose(20);
    expect(within.status).toBe(200);
    expect(within.body).toMatchObject({ status: 'approved' });
    expect(within.body).not.toHaveProperty('approvalId');
    const tooPrecise = expectProblem(await propose(45.555), 400, 'validation_failed');
    expect((tooPrecise.errors as Body[]).map((e) => e.field)).toEqual(['amount']);
    const cents = await propose(45.5);
    expect(cents.status).toBe(200);
    expect(cents.body).toMatchObject({ status: 'pending_approval' });

    const detail = (await get(harness, `/v1/incidents/${id}`, fiona)).body as Body;
    expect((detail.remedies as Body[]).map((r) => r.amount)).toEqual([80, 20, 45.5]);
    expect((detail.pendingApprovals as Body[]).map((a) => a.amount)).toEqual([80, 45.5]);
    expect(detail).not.toHaveProperty('resolutionClockStartedAt');

    const events = (
      (await get(harness, `/v1/incidents/${id}/events`, fiona)).body as { items: Body[] }
    ).items;
    const proposed = events.filter((e) => e.type === 'RemedyProposed').map((e) => e.data as Body);
    expect(proposed.map((d) => d.amount)).toEqual([80, 20, 45.5]);
    expect(proposed[0].rule).toMatchObject({ frontlineLimit: 25, supervisorLimit: 150 });

    const sam = await harness.token('supervisor', { sites: ['AMS'] });
    const inbox = (await get(harness, '/v1/approvals', sam)).body as { items: Body[] };
    const approvalId = (above.body as { approvalId: string }).approvalId;
    expect(inbox.items.find((i) => i.approvalId === approvalId)).toMatchObject({
      amount: 80,
      currency: 'EUR',
      requiredAuthority: 'supervisor',
    });
  });

  it('takes feedback after the follow-up, closes, and reopens a closed incident in a new run', async () => {
    const quickKey = await createPolicy(harness, { followUpAfter: 'PT1S', feedbackWindow: 'PT5S' });
    const id = await openIncident(harness, fiona, openBody(quickKey));
    await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    await post(harness, `/v1/incidents/${id}/resolve`, fiona, {
      outcome: 'fixed',
      summary: 'Battery replaced',
    });
    await eventually(async () => {
      const state = await get(harness, `/v1/incidents/${id}`, fiona);
      expect(state.body).toMatchObject({ followUp: { status: 'awaiting' } });
    });
    const feedback = await post(harness, `/v1/incidents/${id}/feedback`, fiona, {
      score: 5,
      level: 'amazed',
      comment: 'Great',
    });
    expect(feedback.status).toBe(200);
    await eventually(async () => {
      expect((await get(harness, `/v1/incidents/${id}`, fiona)).body).toMatchObject({
        status: 'closed',
      });
    });
    const reopened = await post(harness, `/v1/incidents/${id}/reopen`, fiona, {
      reason: 'Same fault again',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'reopened' });
    expect((await get(harness, `/v1/incidents/${id}`, fiona)).body).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
    });
  });

  it('lists incidents newest first with filters and a cursor, only on the caller\u2019s sites', async () => {
    const customerRef = `C-${randomUUID().slice(0, 6)}`;
    const category = `cat_${randomUUID().slice(0, 6)}`;
    const ids = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(await openIncident(harness, fiona, openBody(policyKey, { category, customerRef })));
    const rotterdam = await harness.token('frontline', { sites: ['RTM'] });
    await openIncident(harness, rotterdam, openBody(policyKey, { category, site: 'RTM' }));

    const first = await get(harness, `/v1/incidents?category=${category}&limit=2`, fiona);
    expect(first.status).toBe(200);
    const page1 = first.body as { items: Body[]; nextCursor: string };
    expect(page1.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const second = await get(
      harness,
      `/v1/incidents?category=${category}&limit=2&cursor=${page1.nextCursor}`,
      fiona,
    );
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: ids[0], site: 'AMS' })],
      nextCursor: null,
    });

    const everywhere = await harness.token('executive', { sites: ['*'] });
    const all = await get(harness, `/v1/incidents?category=${category}`, everywhere);
    expect((all.body as { items: Body[] }).items).toHaveLength(4);
    const filtered = await get(
      harness,
      `/v1/incidents?category=${category}&site=RTM&status=open&severity=high`,
      everywhere,
    );
    expect((filtered.body as { items: Body[] }).items.map((i) => i.site)).toEqual(['RTM']);
    const future = await get(
      harness,
      `/v1/incidents?category=${category}&openedFrom=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      everywhere,
    );
    expect((future.body as { items: Body[] }).items).toEqual([]);
    expectProblem(
      await get(harness, '/v1/incidents?cursor=not-a-cursor', fiona),
      400,
      'invalid_cursor',
    );
  });

  it('hides incidents of other sites and refuses opening there', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    const rotterdam = await harness.token('frontline', { sites: ['RTM'] });
    expectProblem(await get(harness, `/v1/incidents/${id}`, rotterdam), 404, 'incident_not_found');
    expectProblem(
      await get(harness, `/v1/incidents/${id}/events`, rotterdam),
      404,
      'incident_not_found',
    );
    expectProblem(
      await post(harness, `/v1/incidents/${id}/acknowledge`, rotterdam, {}),
      404,
      'incident_not_found',
    );
    expectProblem(
      await post(harness, '/v1/incidents', rotterdam, openBody(policyKey)),
      403,
      'site_forbidden',
    );
  });

  it('answers unknown ids with 404 problems', async () => {
    expectProblem(
      await get(harness, `/v1/incidents/${randomUUID()}`, fiona),
      404,
      'incident_not_found',
    );
    expectProblem(
      await get(harness, '/v1/incidents/not-a-uuid/events', fiona),
      404,
      'incident_not_found',
    );
    expectProblem(
      await post(harness, `/v1/incidents/${randomUUID()}/notes`, fiona, { text: 'x' }),
      404,
      'incident_not_found',
    );
    expectProblem(
      await post(harness, '/v1/incidents', fiona, openBody('no-such-policy')),
      404,
      'policy_not_found',
    );
  });
});
