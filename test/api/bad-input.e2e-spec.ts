import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type ApiHarness, INTAKE_KEY, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident, testPolicy } from './support/fixtures';
import { type Body, eventually, expectProblem, get, post } from './support/http';

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

/** JSON text for a lone surrogate: escaped, so no encoder on the way can repair it. */
const LONE_SURROGATE = '"a\\ud800b"';
const UNSTORABLE = 'must not contain NUL or unpaired surrogates';

/** `body` as JSON text, the field at the dotted `path` holding a lone surrogate. */
function withLoneSurrogate(body: Body, path: string): string {
  const marker = `lone-surrogate-${randomUUID()}`;
  const copy = structuredClone(body);
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((at, key) => at[key] as Body, copy);
  parent[keys[keys.length - 1]] = marker;
  return JSON.stringify(copy).replace(`"${marker}"`, LONE_SURROGATE);
}

/** A command ready to send: where to, a valid body, and the status that body gets. */
interface Scene {
  send(json: string): request.Test;
  valid: Body;
  accepted: number;
}

describe('text PostgreSQL cannot store, and nesting no client needs, are refused at the door', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let quickKey: string;
  let fiona: string;
  let mia: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    quickKey = await createPolicy(harness, { followUpAfter: 'PT1S', feedbackWindow: 'PT1M' });
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
    mia = await harness.token('manager', { sub: 'mia', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  const rawPost = (path: string, token: string | undefined, json: string, type?: string) => {
    const call = request(harness.server)
      .post(path)
      .set('Content-Type', type ?? 'application/json');
    return (token === undefined ? call : call.set('Authorization', `Bearer ${token}`)).send(json);
  };
  const command = (id: string, name: string, valid: Body): Scene => ({
    send: (json) => rawPost(`/v1/incidents/${id}/${name}`, fiona, json),
    valid,
    accepted: 200,
  });
  const opened = () => openIncident(harness, fiona, openBody(policyKey));
  const resolved = async (key = policyKey) => {
    const id = await openIncident(harness, fiona, openBody(key));
    await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    await post(harness, `/v1/incidents/${id}/resolve`, fiona, {
      outcome: 'fixed',
      summary: 'Battery replaced',
    });
    return id;
  };

  // Each scene brings an incident (or intake) to where its command would be accepted.
  const scenes: Record<string, () => Promise<Scene>> = {
    open: () =>
      Promise.resolve({
        send: (json) => rawPost('/v1/incidents', fiona, json),
        valid: openBody(policyKey, { details: 'Engine dead', team: 'desk-ams' }),
        accepted: 201,
      }),
    note: async () => command(await opened(), 'notes', { text: 'Called the customer' }),
    remedy: async () =>
      command(await opened(), 'remedies', {
        type: 'taxi',
        amount: 10,
        currency: 'EUR',
        description: 'Taxi to the hotel',
      }),
    promise: async () =>
      command(await opened(), 'promises', {
        description: 'A taxi within 20 minutes',
        dueAt: new Date(Date.now() + 3_600_000).toISOString(),
        fulfilledBy: { kind: 'team', id: 'desk-ams' },
      }),
    resolve: async () => {
      const id = await opened();
      await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
      return command(id, 'resolve', { outcome: 'fixed', summary: 'Battery replaced' });
    },
    feedback: async () => {
      const id = await resolved(quickKey);
      await eventually(async () => {
        const state = await get(harness, `/v1/incidents/${id}`, fiona);
        expect(state.body).toMatchObject({ followUp: { status: 'awaiting' } });
      });
      return command(id, 'feedback', { score: 4, level: 'met', comment: 'Fine' });
    },
    reopen: async () => command(await resolved(), 'reopen', { reason: 'Same fault again' }),
    decision: async () => {
      const id = await opened();
      // Above the frontline limit whether amounts are minor or major units; a manager covers both.
      const proposed = await post(harness, `/v1/incidents/${id}/remedies`, fiona, {
        type: 'taxi',
        amount: 5000,
        currency: 'EUR',
        description: 'Long taxi',
      });
      expect(proposed.body).toMatchObject({ status: 'pending_approval' });
      const { approvalId } = proposed.body as { approvalId: string };
      return {
        send: (json) => rawPost(`/v1/approvals/${approvalId}/decision`, mia, json),
        valid: { decision: 'approve', reason: 'Stranded at night' },
        accepted: 200,
      };
    },
    intake: () =>
      Promise.resolve({
        send: (json) =>
          request(harness.server)
            .post('/v1/intake/events')
            .set('X-Api-Key', INTAKE_KEY)
            .set('Content-Type', 'application/cloudevents+json')
            .send(json),
        valid: {
          specversion: '1.0',
          id: `evt-${randomUUID()}`,
          source: '/callcentre/ams',
          type: 'com.example.callcentre.complaint.received',
          data: openBody(policyKey),
        },
        accepted: 201,
      }),
  };

  // One row per free-text field of every command route: a new route is one more row.
  it.each([
    { route: 'POST /v1/incidents', field: 'summary', scene: 'open' },
    { route: 'POST /v1/incidents', field: 'details', scene: 'open' },
    { route: 'POST /v1/incidents', field: 'customerRef', scene: 'open' },
    { route: 'POST /v1/incidents', field: 'team', scene: 'open' },
    { route: 'POST …/notes', field: 'text', scene: 'note' },
    { route: 'POST …/remedies', field: 'description', scene: 'remedy' },
    { route: 'POST …/promises', field: 'description', scene: 'promise' },
    { route: 'POST …/promises', field: 'fulfilledBy.id', scene: 'promise' },
    { route: 'POST …/resolve', field: 'summary', scene: 'resolve' },
    { route: 'POST …/feedback', field: 'comment', scene: 'feedback' },
    { route: 'POST …/reopen', field: 'reason', scene: 'reopen' },
    { route: 'POST /v1/approvals/:id/decision', field: 'reason', scene: 'decision' },
    { route: 'POST /v1/intake/events', field: 'data.summary', scene: 'intake' },
  ])(
    'refuses a lone surrogate in $field of $route with 400 naming it; the valid command then succeeds',
    async ({ field, scene }) => {
      const { send, valid, accepted } = await scenes[scene]();
      const problem = expectProblem(
        await send(withLoneSurrogate(valid, field)),
        400,
        'validation_failed',
      );
      expect(problem.errors).toEqual([{ field, message: UNSTORABLE }]);
      const next = await send(JSON.stringify(valid));
      expect({ status: next.status, body: next.body as Body }).toMatchObject({ status: accepted });
    },
  );

  it('refuses NUL in a nested value and in a property name, naming where', async () => {
    const body = JSON.stringify({
      ...openBody(policyKey),
      summary: 'a\u0000b',
      team: { 'x\u0000': 'desk' },
    });
    const problem = expectProblem(
      await rawPost('/v1/incidents', fiona, body),
      400,
      'validation_failed',
    );
    expect(problem.errors).toEqual([
      { field: 'summary', message: UNSTORABLE },
      { field: 'team', message: `property names ${UNSTORABLE}` },
    ]);
  });

  it.each([
    ['arrays, with a token', '['.repeat(5000) + ']'.repeat(5000), true],
    ['arrays, without a token', '['.repeat(5000) + ']'.repeat(5000), false],
    ['objects, without a token', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), false],
  ])(
    'refuses JSON nested 5,000 deep (%s) with one 400 naming the body',
    async (_name, json, withToken) => {
      const response = await rawPost('/v1/incidents', withToken ? fiona : undefined, json);
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors).toEqual([
        { field: 'body', message: 'must not nest deeper than 32 levels' },
      ]);
    },
  );

  it('refuses a policy duration over a year with 422 naming it, storing nothing', async () => {
    const admin = await harness.token('admin', { sites: ['*'] });
    const policy = testPolicy({ acknowledgeWithin: 'P99999999W' });
    const problem = expectProblem(
      await post(harness, '/v1/policies', admin, policy),
      422,
      'invalid_policy_document',
    );
    expect(problem.errors).toEqual([
      { field: 'acknowledgeWithin', message: 'must be at most one year (P366D)' },
    ]);
    expectProblem(
      await get(harness, `/v1/policies/${policy.key}/versions`, admin),
      404,
      'policy_not_found',
    );
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
