/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { testPolicy } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

describe('policies over HTTP', () => {
  let harness: ApiHarness;
  let admin: string;
  let frontline: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    admin = await harness.token('admin', { sub: 'ada', sites: ['*'] });
    frontline = await harness.token('frontline');
  });
  afterAll(() => harness?.close());

  it('stores versions 1 and 2 of a key, lists the newest, and keeps version 1 unchanged', async () => {
    const policy = testPolicy();
    const v1 = await post(harness, '/v1/policies', admin, policy);
    expect(v1.status).toBe(201);
    expect(v1.body).toEqual({ key: policy.key, version: 1 });
    const v2 = await post(harness, '/v1/policies', admin, {
      ...policy,
      acknowledgeWithin: 'PT60S',
    });
    expect(v2.body).toEqual({ key: policy.key, version: 2 });

    const versions = await get(harness, `/v1/policies/${policy.key}/versions`, frontline);
    expect(versions.status).toBe(200);
    const items = (versions.body as { items: Body[] }).items;
    expect(items.map((v) => [v.version, (v.document as Body).acknowledgeWithin])).toEqual([
      [2, 'PT60S'],
      [1, 'PT10M'],
    ]);
    expect(items[0]).toMatchObject({ createdBy: 'ada', createdAt: expect.any(String) });

    const list = await get(harness, '/v1/policies', frontline);
    const latest = (list.body as { items: Body[] }).items.find((p) => p.key === policy.key);
    expect(latest).toMatchObject({ version: 2 });
  });

  it('refuses an invalid document with 422 naming each bad field, storing nothing', async () => {
    const policy = testPolicy({
      acknowledgeWithin: 'soon',
      remedies: [{ type: 'taxi', frontlineLimit: 200, supervisorLimit: 100, currency: 'EUR' }],
      escalation: [],
    });
    const problem = expectProblem(
      await post(harness, '/v1/policies', admin, policy),
      422,
      'invalid_policy_document',
    );
    const fields = (problem.errors as Body[]).map((e) => String(e.field));
    expect(fields).toEqual(expect.arrayContaining(['acknowledgeWithin', 'escalation']));
    expect(fields.some((f) => f.startsWith('remedies[0]'))).toBe(true);
    expectProblem(
      await get(harness, `/v1/policies/${policy.key}/versions`, admin),
      404,
      'policy_not_found',
    );
  });

  it('refuses unknown fields and malformed keys with 400', async () => {
    const unknown = expectProblem(
      await post(harness, '/v1/policies', admin, { ...testPolicy(), owner: 'me' }),
      400,
      'validation_failed',
    );
    expect((unknown.errors as Body[]).map((e) => e.field)).toEqual(['owner']);
    expectProblem(
      await get(harness, '/v1/policies/NOT%20A%20KEY/versions', admin),
      400,
      'validation_failed',
    );
  });
});
