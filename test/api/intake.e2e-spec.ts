/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type ApiHarness, INTAKE_KEY, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

describe('CloudEvents intake', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let reader: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    reader = await harness.token('executive', { sites: ['*'] });
  });
  afterAll(() => harness?.close());

  const cloudEvent = (overrides: Record<string, unknown> = {}) => ({
    specversion: '1.0',
    id: `evt-${randomUUID()}`,
    source: '/telematics/vehicle-42',
    type: 'com.example.telematics.incident.detected',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: { ...openBody(policyKey, { kind: 'incident' }), channel: undefined },
    ...overrides,
  });

  const deliver = (body: unknown, type = 'application/cloudevents+json', key = INTAKE_KEY) =>
    request(harness.server)
      .post('/v1/intake/events')
      .set('X-Api-Key', key)
      .set('Content-Type', type)
      .send(JSON.stringify(body));

  const eventsOf = async (incidentId: string) =>
    ((await get(harness, `/v1/incidents/${incidentId}/events`, reader)).body as { items: Body[] })
      .items;

  it('opens an incident from a structured event and answers a redelivery the same, changing nothing', async () => {
    const event = cloudEvent({ traceparent: '00-abc-def-01' });
    const first = await deliver(event);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: event.id,
      source: event.source,
      outcome: 'opened',
      status: 201,
      incidentId: expect.any(String),
    });
    const incidentId = (first.body as { incidentId: string }).incidentId;
    const opened = (await eventsOf(incidentId))[0];
    expect(opened).toMatchObject({
      type: 'IncidentOpened',
      data: expect.objectContaining({
        kind: 'incident',
        channel: 'system',
        source: { system: 'telematics', eventId: event.id },
      }),
    });

    const again = await deliver({
      ...event,
      data: { ...event.data, summary: 'changed on redelivery' },
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await eventsOf(incidentId)).toHaveLength(1);
  });

  it('handles a batch: opens one incident and adds a note to another via subject', async () => {
    const opening = await deliver(cloudEvent());
    const existing = (opening.body as { incidentId: string }).incidentId;
    const batch = [
      cloudEvent({ type: 'com.example.callcentre.complaint.received', data: openBody(policyKey) }),
      cloudEvent({
        type: 'com.example.callcentre.customer.called',
        subject: existing,
        data: { text: 'Customer called again' },
      }),
      cloudEvent({ type: 'com.example.weather.report', data: {} }),
    ];
    const response = await deliver(batch, 'application/cloudevents-batch+json');
    expect(response.status).toBe(200);
    const items = (response.body as { items: Body[] }).items;
    expect(items.map((i) => [i.outcome, i.status])).toEqual([
      ['opened', 201],
      ['noted', 200],
      ['rejected', 422],
    ]);
    expect(items[2]).toMatchObject({
      problem: expect.objectContaining({ code: 'unsupported_event_type' }),
    });
    const notes = (await eventsOf(existing)).filter((e) => e.type === 'NoteAdded');
    expect(notes).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ text: 'Customer called again' }) }),
    ]);

    const redelivered = await deliver(batch.slice(0, 2), 'application/cloudevents-batch+json');
    expect((redelivered.body as { items: Body[] }).items).toEqual(items.slice(0, 2));
    expect((await eventsOf(existing)).filter((e) => e.type === 'NoteAdded')).toHaveLength(1);
  });

  it('logs a customer who replied as an inbound contact, which ends a wait on the customer', async () => {
    const opening = await deliver(cloudEvent());
    const incidentId = (opening.body as { incidentId: string }).incidentId;
    const fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
    await post(harness, `/v1/incidents/${incidentId}/acknowledge`, fiona, {});
    await post(harness, `/v1/incidents/${incidentId}/wait-for-customer`, fiona, {
      reason: 'Waiting for photos of the damage',
    });

    const replied = await deliver(
      cloudEvent({
        type: 'com.example.mail.customer.replied',
        subject: incidentId,
        data: { channel: 'email', summary: 'Photos attached' },
      }),
    );
    expect(replied.body).toMatchObject({ outcome: 'contacted', status: 200, incidentId });
    const types = (await eventsOf(incidentId)).map((e) => e.type);
    expect(types.slice(-3)).toEqual([
      'CustomerContacted',
      'SlaClockResumed',
      'DeadlinesRescheduled',
    ]);
    const contact = (await eventsOf(incidentId)).find((e) => e.type === 'CustomerContacted');
    expect(contact?.data).toMatchObject({
      channel: 'email',
      direction: 'inbound',
      summary: 'Photos attached',
    });
  });

  it('refuses callers without a known X-Api-Key', async () => {
    expectProblem(
      await deliver(cloudEvent(), 'application/cloudevents+json', 'wrong-key-wrong-key-wrong'),
      401,
      'unauthorized',
    );
    const noKey = await request(harness.server).post('/v1/intake/events').send(cloudEvent());
    expectProblem(noKey, 401, 'unauthorized');
    const userToken = await harness.token('admin', { sites: ['*'] });
    const withToken = await request(harness.server)
      .post('/v1/intake/events')
      .set('Authorization', `Bearer ${userToken}`)
      .send(cloudEvent());
    expect(withToken.status).toBe(401);
  });

  it('names each bad attribute of an invalid event, and bad open data by its data path', async () => {
    const invalid = expectProblem(
      await deliver({ ...cloudEvent(), specversion: '0.3', id: '', 'Bad-Name': 1 }),
      400,
      'validation_failed',
    );
    expect(new Set((invalid.errors as Body[]).map((e) => e.field))).toEqual(
      new Set(['specversion', 'id', 'Bad-Name']),
    );
    const badData = expectProblem(
      await deliver(cloudEvent({ data: { ...openBody(policyKey), severity: 'huge', extra: 1 } })),
      400,
      'validation_failed',
    );
    expect(new Set((badData.errors as Body[]).map((e) => e.field))).toEqual(
      new Set(['data.severity', 'data.extra']),
    );
    const badBatch = expectProblem(
      await deliver([cloudEvent(), { specversion: '1.0' }], 'application/cloudevents-batch+json'),
      400,
      'validation_failed',
    );
    expect((badBatch.errors as Body[]).map((e) => e.field)).toEqual(
      expect.arrayContaining(['[1].id', '[1].source', '[1].type']),
    );
    expectProblem(
      await deliver([], 'application/cloudevents-batch+json'),
      400,
      'validation_failed',
    );
    expectProblem(
      await deliver(cloudEvent({ type: 'com.example.ping' })),
      422,
      'unsupported_event_type',
    );
  });
});
