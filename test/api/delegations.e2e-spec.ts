import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, requestTaxiApproval } from './support/fixtures';
import { type Body, eventually, expectProblem, get, post } from './support/http';

// The test policy's taxi rule: frontline up to 25 EUR, supervisors up to 150 EUR, above: a manager.
const SUPERVISOR_LEVEL = 90;
const MANAGER_LEVEL = 200;
// GET /v1/me of frontline staff, in matrix order: their role's, then with what a delegation lends.
const FRONTLINE_PERMISSIONS = ['incident:open', 'incident:read', 'incident:act', 'policy:read'];
const FRONTLINE_DELEGATE_PERMISSIONS = [
  'incident:open',
  'incident:read',
  'incident:act',
  'approval:read',
  'approval:decide',
  'policy:read',
];

describe('dated approval delegation over HTTP (issue 12)', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  /** A person with a fresh id (delegations outlive a test), and their token. */
  async function person(role: 'frontline' | 'supervisor' | 'manager', sites = ['AMS']) {
    const id = `${role}-${randomUUID().slice(0, 8)}`;
    return { id, token: await harness.token(role, { sub: id, sites }) };
  }

  const requestApproval = (amount: number, token = fiona) =>
    requestTaxiApproval(harness, token, policyKey, amount);

  /** Lends `role` at AMS to `delegateId` as `token` from `fromMs` to `untilMs` from now; returns its id. */
  async function delegate(
    token: string,
    delegateId: string,
    role: string,
    fromMs = -1000,
    untilMs = 60_000,
  ) {
    const response = await post(harness, '/v1/delegations', token, {
      delegateId,
      role,
      sites: ['AMS'],
      from: new Date(Date.now() + fromMs).toISOString(),
      until: new Date(Date.now() + untilMs).toISOString(),
      reason: 'Annual leave',
    });
    expect(response.status).toBe(201);
    return (response.body as { delegationId: string }).delegationId;
  }

  const decide = (approvalId: string, token: string) =>
    post(harness, `/v1/approvals/${approvalId}/decision`, token, {
      decision: 'approve',
      reason: 'Stranded',
    });

  async function decision(incidentId: string): Promise<Body | undefined> {
    const events = await get(harness, `/v1/incidents/${incidentId}/events`, fiona);
    return (events.body as { items: Body[] }).items.find((e) => e.type === 'ApprovalGranted');
  }

  async function streamOf(delegationId: string): Promise<string[]> {
    const rows = await harness.dataSource.query<{ type: string }[]>(
      'SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [`delegation-${delegationId}`],
    );
    return rows.map((row) => row.type);
  }

  it('lets a delegate at another site decide within the window, recorded as acting for the delegator; the delegator still can', async () => {
    const sam = await person('supervisor');
    const rita = await person('supervisor', ['RTM']);
    const forRita = await requestApproval(SUPERVISOR_LEVEL);
    const forSam = await requestApproval(SUPERVISOR_LEVEL);
    const managers = await requestApproval(MANAGER_LEVEL);
    const delegationId = await delegate(sam.token, rita.id, 'supervisor');

    const inbox = (await get(harness, '/v1/approvals', rita.token)).body as { items: Body[] };
    const shown = inbox.items.map((item) => item.approvalId);
    expect(shown).toEqual(expect.arrayContaining([forRita.approvalId, forSam.approvalId]));
    expect(shown).not.toContain(managers.approvalId);

    expect((await decide(forRita.approvalId, rita.token)).status).toBe(200);
    expect((await decision(forRita.incidentId))?.data).toMatchObject({
      approver: { id: rita.id, role: 'supervisor' },
      actingFor: { delegationId, delegatorId: sam.id },
    });
    expect((await decide(forSam.approvalId, sam.token)).status).toBe(200);
    expect((await decision(forSam.incidentId))?.data).not.toHaveProperty('actingFor');

    const active = (await get(harness, '/v1/delegations?active=true', rita.token)).body as {
      items: Body[];
    };
    expect(active.items.find((item) => item.delegationId === delegationId)).toMatchObject({
      delegator: { id: sam.id, role: 'supervisor' },
      delegateId: rita.id,
      status: 'active',
      inEffect: true,
    });
  });

  it('lends a frontline delegate the approval routes only while in effect: refused before, the inbox and a decision acting for the delegator within, refused again at once after revoke', async () => {
    const sam = await person('supervisor');
    const frank = await person('frontline');
    const within = await requestApproval(SUPERVISOR_LEVEL);
    const afterRevoke = await requestApproval(SUPERVISOR_LEVEL);
    const permissions = async () =>
      ((await get(harness, '/v1/me', frank.token)).body as { permissions: string[] }).permissions;
    const approvalRoutesRefused = async (approvalId: string) => {
      expectProblem(await get(harness, '/v1/approvals', frank.token), 403, 'forbidden');
      expectProblem(await decide(approvalId, frank.token), 403, 'forbidden');
      expect(await permissions()).toEqual(FRONTLINE_PERMISSIONS);
    };

    await approvalRoutesRefused(within.approvalId); // no delegation at all
    const from = Date.now() + 3000;
    const delegationId = await delegate(sam.token, frank.id, 'supervisor', 3000, 60_000);
    await approvalRoutesRefused(within.approvalId); // lent, not yet in effect
    await new Promise((wait) => setTimeout(wait, Math.max(0, from - Date.now()) + 300));

    expect(await permissions()).toEqual(FRONTLINE_DELEGATE_PERMISSIONS);
    const inbox = (await get(harness, '/v1/approvals', frank.token)).body as { items: Body[] };
    expect(inbox.items.map((item) => item.approvalId)).toContain(within.approvalId);
    expect((await decide(within.approvalId, frank.token)).status).toBe(200);
    expect((await decision(within.incidentId))?.data).toMatchObject({
      approver: { id: frank.id, role: 'frontline' },
      actingFor: { delegationId, delegatorId: sam.id },
    });

    const revoked = await request(harness.server)
      .delete(`/v1/delegations/${delegationId}`)
      .set('Authorization', `Bearer ${sam.token}`);
    expect(revoked.status).toBe(200);
    await approvalRoutesRefused(afterRevoke.approvalId);
  }, 60_000);

  it('refuses a frontline delegate lending on what they hold: delegation:write is never lent', async () => {
    const sam = await person('supervisor');
    const frank = await person('frontline');
    await delegate(sam.token, frank.id, 'supervisor');
    const lend = await post(harness, '/v1/delegations', frank.token, {
      delegateId: 'someone-else',
      role: 'supervisor',
      sites: ['AMS'],
      from: new Date().toISOString(),
      until: new Date(Date.now() + 60_000).toISOString(),
      reason: 'Passing it on',
    });
    expectProblem(lend, 403, 'forbidden');
    const stored = await harness.dataSource.query<unknown[]>(
      'SELECT 1 FROM delegations WHERE delegator_id = $1',
      [frank.id],
    );
    expect(stored).toHaveLength(0);
  });

  it('refuses an approval above the delegated role, and the delegator’s own request', async () => {
    const sam = await person('supervisor');
    const rita = await person('supervisor', ['RTM']);
    const managers = await requestApproval(MANAGER_LEVEL);
    const samsOwn = await requestApproval(MANAGER_LEVEL, sam.token);
    await delegate(sam.token, rita.id, 'supervisor');
    expectProblem(await decide(managers.approvalId, rita.token), 403, 'approver_role_insufficient');
    expectProblem(await decide(samsOwn.approvalId, rita.token), 403, 'self_approval_forbidden');
  });

  it('counts only within [from, until): refused before, allowed within, gone once DelegationExpired is recorded', async () => {
    const max = await person('manager');
    const sue = await person('supervisor');
    const early = await requestApproval(MANAGER_LEVEL);
    const late = await requestApproval(MANAGER_LEVEL);
    const from = Date.now() + 3000;
    const delegationId = await delegate(max.token, sue.id, 'manager', 3000, 8000);

    expectProblem(await decide(early.approvalId, sue.token), 403, 'delegation_not_in_effect');
    await new Promise((wait) => setTimeout(wait, Math.max(0, from - Date.now()) + 300));
    expect((await decide(early.approvalId, sue.token)).status).toBe(200);
    expect((await decision(early.incidentId))?.data).toMatchObject({
      actingFor: { delegationId, delegatorId: max.id },
    });

    await eventually(async () => {
      expect(await streamOf(delegationId)).toEqual(['DelegationCreated', 'DelegationExpired']);
    }, 30_000);
    expectProblem(await decide(late.approvalId, sue.token), 403, 'approver_role_insufficient');
    const listed = (await get(harness, '/v1/delegations', sue.token)).body as { items: Body[] };
    expect(listed.items.find((item) => item.delegationId === delegationId)).toMatchObject({
      status: 'expired',
      inEffect: false,
    });
  }, 60_000);

  it('revokes at once: the delegate can no longer decide, the timer then records nothing', async () => {
    const max = await person('manager');
    const sue = await person('supervisor');
    const pending = await requestApproval(MANAGER_LEVEL);
    const delegationId = await delegate(max.token, sue.id, 'manager', -1000, 4000);
    const revoke = (token: string) =>
      request(harness.server)
        .delete(`/v1/delegations/${delegationId}`)
        .set('Authorization', `Bearer ${token}`);

    expectProblem(await revoke(sue.token), 403, 'delegation_revocation_forbidden');
    const revoked = await revoke(max.token);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revokedBy: { id: max.id },
      inEffect: false,
    });
    expectProblem(await decide(pending.approvalId, sue.token), 403, 'approver_role_insufficient');
    expectProblem(await revoke(max.token), 409, 'delegation_not_active');

    // Past `until` the timer finds the delegation revoked and appends nothing.
    await new Promise((wait) => setTimeout(wait, 6000));
    expect(await streamOf(delegationId)).toEqual(['DelegationCreated', 'DelegationRevoked']);
  }, 60_000);

  it('refuses the delegate’s own request', async () => {
    const max = await person('manager');
    const sue = await person('supervisor');
    const own = await requestApproval(MANAGER_LEVEL, sue.token);
    await delegate(max.token, sue.id, 'manager');
    expectProblem(await decide(own.approvalId, sue.token), 403, 'self_approval_forbidden');
  });

  it('refuses to pass on delegated authority, a role above one’s own and sites one does not have', async () => {
    const max = await person('manager');
    const sue = await person('supervisor');
    const rita = await person('supervisor', ['RTM']);
    await delegate(max.token, sue.id, 'manager');
    await delegate(max.token, rita.id, 'supervisor');
    const lend = (token: string, role: string) =>
      post(harness, '/v1/delegations', token, {
        delegateId: 'someone-else',
        role,
        sites: ['AMS'],
        from: new Date().toISOString(),
        until: new Date(Date.now() + 60_000).toISOString(),
        reason: 'Passing it on',
      });
    const fieldsOf = (problem: Body) => (problem.errors as { field: string }[]).map((e) => e.field);
    expect(
      fieldsOf(expectProblem(await lend(sue.token, 'manager'), 403, 'redelegation_forbidden')),
    ).toEqual(['role']);
    expect(
      fieldsOf(expectProblem(await lend(rita.token, 'supervisor'), 403, 'redelegation_forbidden')),
    ).toEqual(['sites']);
    const plain = await person('supervisor');
    expectProblem(await lend(plain.token, 'manager'), 403, 'delegation_role_above_own');
    const elsewhere = await person('supervisor', ['RTM']);
    expectProblem(await lend(elsewhere.token, 'supervisor'), 403, 'delegation_site_not_held');
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    const sam = await person('supervisor');
    const response = await post(harness, '/v1/delegations', sam.token, {
      delegateId: 'bob',
      role: 'supervisor',
      sites: ['AMS'],
      from: new Date(Date.now() + 120_000).toISOString(),
      until: new Date(Date.now() + 60_000).toISOString(),
      reason: 'Backwards',
    });
    const problem = expectProblem(response, 400, 'invalid_command');
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toEqual(['until']);
    const stored = await harness.dataSource.query<unknown[]>(
      'SELECT 1 FROM delegations WHERE delegator_id = $1',
      [sam.id],
    );
    expect(stored).toHaveLength(0);
  });
});
