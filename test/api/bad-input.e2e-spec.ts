import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

describe('bad input gets a clear 4xx problem and changes nothing', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  const raw = (body: string, type = 'application/json') =>
    request(harness.server)
      .post('/v1/incidents')
      .set('Authorization', `Bearer ${fiona}`)
      .set('Content-Type', type)
      .send(body);

  it('answers malformed JSON with 400 malformed_json', async () => {
    expectProblem(await raw('{"kind": "complaint",'), 400, 'malformed_json');
  });

  it('names every unknown and every wrongly typed field', async () => {
    const response = await post(harness, '/v1/incidents', fiona, {
      ...openBody(policyKey),
      severity: 'apocalyptic',
      customerRef: 42,
      isAdmin: true,
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    const fields = (problem.errors as Body[]).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['severity', 'customerRef', 'isAdmin']));
  });

  it('names nested fields with their path', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    const response = await post(harness, `/v1/incidents/${id}/promises`, fiona, {
      description: 'x',
      dueAt: 'tomorrow',
      fulfilledBy: { kind: 'robot', id: 'r2' },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect((problem.errors as Body[]).map((e) => e.field).sort()).toEqual([
      'dueAt',
      'fulfilledBy.kind',
    ]);
  });

  it('refuses a body over the limit with 413', async () => {
    const huge = { ...openBody(policyKey), details: 'x'.repeat(200_000) };
    expectProblem(await post(harness, '/v1/incidents', fiona, huge), 413, 'payload_too_large');
  });

  it('refuses a missing body, an array, and a non-JSON content type as invalid', async () => {
    expectProblem(await raw(''), 400, 'validation_failed');
    expectProblem(await raw('[1,2,3]'), 400, 'validation_failed');
    expectProblem(await raw('kind=complaint', 'text/plain'), 400, 'validation_failed');
  });

  it('accepts an acknowledge without any body but refuses unknown fields in it', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    expectProblem(
      await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, { force: true }),
      400,
      'validation_failed',
    );
    expect((await post(harness, `/v1/incidents/${id}/acknowledge`, fiona)).status).toBe(200);
  });

  it('answers unknown routes with a 404 problem', async () => {
    expectProblem(await get(harness, '/v1/nothing-here', fiona), 404, 'not_found');
  });

  it('leaves no trace of refused requests', async () => {
    const category = `bad_${Date.now()}`;
    await post(harness, '/v1/incidents', fiona, {
      ...openBody(policyKey),
      category,
      severity: 'nope',
    });
    await raw(JSON.stringify({ ...openBody(policyKey), category }).slice(0, -1));
    const list = await get(harness, `/v1/incidents?category=${category}`, fiona);
    expect(list.body).toEqual({ items: [], nextCursor: null });
  });
});

describe('Idempotency-Key', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: `fiona-${Date.now()}`, sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  it('replays the first response for a retry with the same key and body, opening one incident', async () => {
    const category = `idem_${Date.now()}`;
    const body = openBody(policyKey, { category });
    const key = `open-${Date.now()}`;
    const first = await post(harness, '/v1/incidents', fiona, body, { 'Idempotency-Key': key });
    const retry = await post(harness, '/v1/incidents', fiona, body, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const list = await get(harness, `/v1/incidents?category=${category}`, fiona);
    expect((list.body as { items: Body[] }).items).toHaveLength(1);
  });

  it('refuses the same key with a different body with 422', async () => {
    const key = `open-${Date.now()}-b`;
    await post(harness, '/v1/incidents', fiona, openBody(policyKey), { 'Idempotency-Key': key });
    expectProblem(
      await post(harness, '/v1/incidents', fiona, openBody(policyKey, { summary: 'other' }), {
        'Idempotency-Key': key,
      }),
      422,
      'idempotency_key_reused',
    );
  });

  it('replays command answers too, and a failed first attempt can be retried', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    const key = `note-${Date.now()}`;
    const bad = await post(
      harness,
      `/v1/incidents/${id}/notes`,
      fiona,
      { text: '' },
      { 'Idempotency-Key': key },
    );
    expect(bad.status).toBe(400);
    const first = await post(
      harness,
      `/v1/incidents/${id}/notes`,
      fiona,
      { text: 'hello' },
      { 'Idempotency-Key': `${key}-ok` },
    );
    const again = await post(
      harness,
      `/v1/incidents/${id}/notes`,
      fiona,
      { text: 'hello' },
      { 'Idempotency-Key': `${key}-ok` },
    );
    expect(again.body).toEqual(first.body);
    const events = await get(harness, `/v1/incidents/${id}/events`, fiona);
    expect(
      (events.body as { items: Body[] }).items.filter((e) => e.type === 'NoteAdded'),
    ).toHaveLength(1);
  });

  it('keeps keys apart per user', async () => {
    const key = `shared-${Date.now()}`;
    const other = await harness.token('frontline', { sub: `other-${Date.now()}`, sites: ['AMS'] });
    const mine = await post(harness, '/v1/incidents', fiona, openBody(policyKey), {
      'Idempotency-Key': key,
    });
    const theirs = await post(
      harness,
      '/v1/incidents',
      other,
      openBody(policyKey, { summary: 'different' }),
      { 'Idempotency-Key': key },
    );
    expect(theirs.status).toBe(201);
    expect((theirs.body as Body).id).not.toBe((mine.body as Body).id);
  });

  it('refuses an unusable key', async () => {
    expectProblem(
      await post(harness, '/v1/incidents', fiona, openBody(policyKey), {
        'Idempotency-Key': 'x'.repeat(300),
      }),
      400,
      'invalid_idempotency_key',
    );
  });
});
