import { randomUUID } from 'node:crypto';
import { CloudEvent, HTTP } from 'cloudevents';
import request from 'supertest';
import { nameBasedUuid } from '@recovery/domain';
import { ReplayStore } from '../../apps/api/src/common/idempotency/replay-store.repository';
import {
  type ApiHarness,
  INTAKE_KEY,
  INTAKE_SYSTEM,
  startApiHarness,
} from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get } from './support/http';

// Bad input is a 4xx that changes nothing (issue 13): each refusal below is followed
// by a look at the incident it would have opened or changed.
describe('CloudEvents intake: refusals change nothing', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let reader: string;
  let incidentId: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    reader = await harness.token('executive', { sites: ['*'] });
    const fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
    incidentId = await openIncident(harness, fiona, openBody(policyKey));
  });
  afterAll(() => harness?.close());

  const SOURCE = '/callcentre/ams';
  const opening = (data?: Body) =>
    new CloudEvent<unknown>({
      id: `evt-${randomUUID()}`,
      source: SOURCE,
      type: 'com.example.callcentre.complaint.received',
      ...(data ? { data } : {}),
    });
  const note = (extra: Body = {}) => ({
    specversion: '1.0',
    id: `evt-${randomUUID()}`,
    source: SOURCE,
    type: 'com.example.callcentre.customer.called',
    subject: incidentId,
    data: { text: 'Customer called' },
    ...extra,
  });

  const send = (headers: Record<string, string>, body?: string) => {
    const call = request(harness.server)
      .post('/v1/intake/events')
      .set('X-Api-Key', INTAKE_KEY)
      .set(headers);
    return body === undefined ? call : call.send(body);
  };
  const sendBinary = (event: CloudEvent<unknown>) => {
    const { headers, body } = HTTP.binary(event);
    return send(headers as Record<string, string>, body as string | undefined);
  };
  const eventCount = async () =>
    ((await get(harness, `/v1/incidents/${incidentId}/events`, reader)).body as { items: Body[] })
      .items.length;
  const expectNotOpened = async (event: { source: string; id: string }) =>
    expect(
      (
        await get(
          harness,
          `/v1/incidents/${nameBasedUuid(INTAKE_SYSTEM, event.source, event.id)}`,
          reader,
        )
      ).status,
    ).toBe(404);

  it('answers 415 (problem+json) for a media type the route does not take', async () => {
    const before = await eventCount();
    for (const type of ['text/plain', 'application/xml']) {
      expectProblem(
        await send({ 'Content-Type': type }, JSON.stringify(note())),
        415,
        'unsupported_media_type',
      );
    }
    expect(await eventCount()).toBe(before);
  });

  it('refuses a binary-mode opening without data with 400 naming data, opening nothing', async () => {
    const event = opening();
    const problem = expectProblem(await sendBinary(event), 400, 'validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'data' })]);
    await expectNotOpened(event);
  });

  it('names a missing or unstorable ce-* header, and each one when a JSON body comes without any', async () => {
    const { headers, body } = HTTP.binary(opening(openBody(policyKey)));
    const withoutId = Object.fromEntries(
      Object.entries(headers).filter(([name]) => name !== 'ce-id'),
    ) as Record<string, string>;
    const missingId = expectProblem(
      await send(withoutId, body as string),
      400,
      'validation_failed',
    );
    expect(new Set((missingId.errors as Body[]).map((e) => e.field))).toEqual(new Set(['ce-id']));
    const nul = expectProblem(
      await send({ ...(headers as Record<string, string>), 'ce-id': 'a%00b' }, body as string),
      400,
      'validation_failed',
    );
    expect((nul.errors as Body[]).map((e) => e.field)).toEqual(['ce-id']);
    const bare = expectProblem(
      await send({ 'Content-Type': 'application/json' }, JSON.stringify(openBody(policyKey))),
      400,
      'validation_failed',
    );
    expect(new Set((bare.errors as Body[]).map((e) => e.field))).toEqual(
      new Set(['ce-specversion', 'ce-id', 'ce-source', 'ce-type']),
    );
  });

  it('refuses a batch with any bad item whole, naming each bad index, and applies none of it', async () => {
    const good = opening(openBody(policyKey)).toJSON();
    const batch = [
      good,
      note({ type: undefined }),
      opening({ ...openBody(policyKey), severity: 'huge' }).toJSON(),
      note(),
    ];
    const before = await eventCount();
    const problem = expectProblem(
      await send({ 'Content-Type': 'application/cloudevents-batch+json' }, JSON.stringify(batch)),
      400,
      'validation_failed',
    );
    const fields = (problem.errors as Body[]).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['[1].type', '[2].data.severity']));
    expect(await eventCount()).toBe(before);
    await expectNotOpened(good as { source: string; id: string });

    const fixed = [batch[0], batch[3]];
    const retried = await send(
      { 'Content-Type': 'application/cloudevents-batch+json' },
      JSON.stringify(fixed),
    );
    expect((retried.body as { items: Body[] }).items.map((i) => i.outcome)).toEqual([
      'opened',
      'noted',
    ]);
    expect(await eventCount()).toBe(before + 1);
  });

  it('answers a delivery still in progress with 409 and Retry-After', async () => {
    const event = note();
    const replays = harness.app.get(ReplayStore);
    const scope = `cloudevents:${INTAKE_SYSTEM}`;
    const key = JSON.stringify([event.source, event.id]);
    await replays.reserve(scope, key, '');
    try {
      const before = await eventCount();
      const response = await send(
        { 'Content-Type': 'application/cloudevents+json' },
        JSON.stringify(event),
      );
      expectProblem(response, 409, 'delivery_in_progress');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(await eventCount()).toBe(before);
    } finally {
      await replays.release(scope, key);
    }
  });
});
