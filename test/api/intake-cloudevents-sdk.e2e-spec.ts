import { type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { CloudEvent, emitterFor, httpTransport, Mode } from 'cloudevents';
import request from 'supertest';
import { type ApiHarness, INTAKE_KEY, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody } from './support/fixtures';
import { type Body, get } from './support/http';

// The official SDK is the sender (issue 13): its emitter's default mode is binary,
// which is how Knative delivers.
describe('CloudEvents intake, sent by the cloudevents SDK', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let reader: string;
  let sink: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    await harness.app.listen(0, '127.0.0.1');
    sink = `http://127.0.0.1:${(harness.server.address() as AddressInfo).port}/v1/intake/events`;
    policyKey = await createPolicy(harness);
    reader = await harness.token('executive', { sites: ['*'] });
  });
  afterAll(() => harness?.close());

  const emit = async (event: CloudEvent<unknown>, mode: Mode) => {
    const emitter = emitterFor(httpTransport(sink), { mode });
    const response = (await emitter(event, { headers: { 'X-Api-Key': INTAKE_KEY } })) as {
      body: string;
      headers: Record<string, string>;
    };
    return response.body === '' ? {} : (JSON.parse(response.body) as Body);
  };

  const opening = (extra: Partial<CloudEvent<unknown>> = {}) =>
    new CloudEvent<unknown>({
      id: `evt-${randomUUID()}`,
      source: '/telematics/vehicle-42',
      type: 'com.example.telematics.incident.detected',
      data: { ...openBody(policyKey, { kind: 'incident' }), channel: undefined },
      ...extra,
    });

  const about = (incidentId: string, type: string, extra: Partial<CloudEvent<unknown>> = {}) =>
    new CloudEvent<unknown>({
      id: `evt-${randomUUID()}`,
      source: '/mail',
      type,
      subject: incidentId,
      ...extra,
    });

  const eventsOf = async (incidentId: string) =>
    ((await get(harness, `/v1/incidents/${incidentId}/events`, reader)).body as { items: Body[] })
      .items;

  const openedBy = async (mode: Mode) => {
    const event = opening();
    const answer = await emit(event, mode);
    expect(answer).toMatchObject({ id: event.id, outcome: 'opened', status: 201 });
    return { event, incidentId: answer.incidentId as string };
  };

  it('opens an incident in binary mode (ce-* headers, the body is data) and dedupes a redelivery', async () => {
    const { event, incidentId } = await openedBy(Mode.BINARY);
    expect((await eventsOf(incidentId))[0]).toMatchObject({
      type: 'IncidentOpened',
      data: { kind: 'incident', source: { system: 'telematics', eventId: event.id } },
    });
    expect(await emit(event, Mode.BINARY)).toMatchObject({ outcome: 'opened', incidentId });
    expect(await eventsOf(incidentId)).toHaveLength(1);
  });

  it('adds a note in binary and in structured mode, datacontenttype with a charset', async () => {
    const { incidentId } = await openedBy(Mode.BINARY);
    for (const mode of [Mode.BINARY, Mode.STRUCTURED]) {
      const note = about(incidentId, 'com.example.callcentre.customer.called', {
        datacontenttype: 'application/json; charset=utf-8',
        data: { text: `Called (${mode})` },
      });
      expect(await emit(note, mode)).toMatchObject({ outcome: 'noted', status: 200, incidentId });
    }
    const notes = (await eventsOf(incidentId)).filter((e) => e.type === 'NoteAdded');
    expect(notes.map((n) => (n.data as Body).text)).toEqual([
      'Called (binary)',
      'Called (structured)',
    ]);
  });

  it('opens from structured mode with data_base64', async () => {
    const data: Body = { ...openBody(policyKey), channel: undefined };
    const event = opening({
      data: undefined,
      datacontenttype: 'application/json',
      data_base64: Buffer.from(JSON.stringify(data)).toString('base64'),
    });
    const answer = await emit(event, Mode.STRUCTURED);
    expect(answer).toMatchObject({ outcome: 'opened', status: 201 });
    const opened = (await eventsOf(answer.incidentId as string))[0];
    expect(opened.data).toMatchObject({ summary: data.summary, channel: 'system' });
  });

  it('takes a batch of SDK events: an opening, a contact and a note without data', async () => {
    const { incidentId } = await openedBy(Mode.STRUCTURED);
    const batch = [
      opening(),
      about(incidentId, 'com.example.mail.customer.replied', {
        data: { channel: 'email', summary: 'Photos attached' },
      }),
      about(incidentId, 'com.example.callcentre.customer.called'),
    ];
    const response = await request(harness.server)
      .post('/v1/intake/events')
      .set('X-Api-Key', INTAKE_KEY)
      .set('Content-Type', 'application/cloudevents-batch+json; charset=utf-8')
      .send(JSON.stringify(batch));
    expect(response.status).toBe(200);
    const items = (response.body as { items: Body[] }).items;
    expect(items.map((i) => [i.id, i.outcome])).toEqual([
      [batch[0].id, 'opened'],
      [batch[1].id, 'contacted'],
      [batch[2].id, 'noted'],
    ]);
    const added = (await eventsOf(incidentId)).slice(1).map((e) => [e.type, e.data]);
    expect(added).toEqual([
      [
        'CustomerContacted',
        expect.objectContaining({ channel: 'email', summary: 'Photos attached' }),
      ],
      [
        'NoteAdded',
        expect.objectContaining({ text: 'com.example.callcentre.customer.called from /mail' }),
      ],
    ]);
  });
});
