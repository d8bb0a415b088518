/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { randomUUID } from 'node:crypto';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, requestTaxiApproval } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

describe('approvals inbox and decisions over HTTP', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;
  let sam: string;

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
    sam = await harness.token('supervisor', { sub: 'sam', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  const requestApproval = (amount: number, token = fiona) =>
    requestTaxiApproval(harness, token, policyKey, amount);

  it('shows pending approvals oldest deadline first, only for the supervisor\u2019s sites', async () => {
    const first = await requestApproval(50);
    const second = await requestApproval(60);
    const inbox = await get(harness, '/v1/approvals?status=pending', sam);
    expect(inbox.status).toBe(200);
    const ids = (inbox.body as { items: Body[] }).items.map((i) => i.approvalId);
    expect(ids.indexOf(first.approvalId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.approvalId)).toBeLessThan(ids.indexOf(second.approvalId));
    const item = (inbox.body as { items: Body[] }).items.find(
      (i) => i.approvalId === first.approvalId,
    );
    expect(item).toMatchObject({
      incidentId: first.incidentId,
      amount: 50,
      currency: 'EUR',
      requiredAuthority: 'supervisor',
      requestedBy: expect.objectContaining({ id: 'fiona' }),
      status: 'pending',
    });

    const rotterdam = await harness.token('supervisor', { sites: ['RTM'] });
    const elsewhere = await get(harness, '/v1/approvals', rotterdam);
    expect((elsewhere.body as { items: Body[] }).items.map((i) => i.approvalId)).not.toContain(
      first.approvalId,
    );
  });

  it('grants an approval once; a second decision gets 409 and the inbox no longer shows it', async () => {
    const { incidentId, approvalId } = await requestApproval(50);
    const granted = await post(harness, `/v1/approvals/${approvalId}/decision`, sam, {
      decision: 'approve',
      reason: 'Stranded at night',
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      incidentId,
      eventTypes: expect.arrayContaining(['ApprovalGranted', 'RemedyApproved']),
    });

    const other = await harness.token('supervisor', { sub: 'sue', sites: ['AMS'] });
    expectProblem(
      await post(harness, `/v1/approvals/${approvalId}/decision`, other, {
        decision: 'deny',
        reason: 'Too late',
      }),
      409,
      'approval_already_decided',
    );
    const inbox = await get(harness, '/v1/approvals', sam);
    expect((inbox.body as { items: Body[] }).items.map((i) => i.approvalId)).not.toContain(
      approvalId,
    );
    const granted2 = await get(harness, '/v1/approvals?status=granted', sam);
    expect((granted2.body as { items: Body[] }).items.map((i) => i.approvalId)).toContain(
      approvalId,
    );
  });

  it('records a denial with its reason', async () => {
    const { incidentId, approvalId } = await requestApproval(70);
    const denied = await post(harness, `/v1/approvals/${approvalId}/decision`, sam, {
      decision: 'deny',
      reason: 'Not covered',
    });
    expect(denied.body).toMatchObject({ eventTypes: ['ApprovalDenied'] });
    const state = await get(harness, `/v1/incidents/${incidentId}`, sam);
    expect((state.body as { approvals: Body[] }).approvals[0]).toMatchObject({
      status: 'denied',
      reason: 'Not covered',
    });
  });

  it('refuses self-approval and approvals above the approver\u2019s authority', async () => {
    const own = await requestApproval(200, sam); // above the 150 EUR supervisor limit: needs a manager
    expectProblem(
      await post(harness, `/v1/approvals/${own.approvalId}/decision`, sam, {
        decision: 'approve',
        reason: 'Mine',
      }),
      403,
      'self_approval_forbidden',
    );
    const other = await harness.token('supervisor', { sub: 'sue', sites: ['AMS'] });
    expectProblem(
      await post(harness, `/v1/approvals/${own.approvalId}/decision`, other, {
        decision: 'approve',
        reason: 'Ok',
      }),
      403,
      'approver_role_insufficient',
    );
    const max = await harness.token('manager', { sub: 'max', sites: ['AMS'] });
    expect(
      (
        await post(harness, `/v1/approvals/${own.approvalId}/decision`, max, {
          decision: 'approve',
          reason: 'Ok',
        })
      ).status,
    ).toBe(200);
  });

  it('answers unknown approvals and bad decisions with problems', async () => {
    expectProblem(
      await post(harness, `/v1/approvals/${randomUUID()}/decision`, sam, {
        decision: 'approve',
        reason: 'x',
      }),
      404,
      'approval_not_found',
    );
    const bad = expectProblem(
      await post(harness, `/v1/approvals/${randomUUID()}/decision`, sam, { decision: 'maybe' }),
      400,
      'validation_failed',
    );
    expect((bad.errors as Body[]).map((e) => e.field).sort()).toEqual([
      'decision',
      'reason',
      'reason',
    ]);
    expectProblem(
      await get(harness, '/v1/approvals?status=whatever', sam),
      400,
      'validation_failed',
    );
  });
});
