import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { CAR_BREAKDOWN } from '../../support/incident-opening';
import { type ApiHarness } from './api-test-harness';

/** A policy document with a fresh key, durations long enough that no timer fires mid-test. */
export function testPolicy(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> & { key: string } {
  return {
    key: `e2e-${randomUUID().slice(0, 8)}`,
    title: 'End-to-end test policy',
    appliesTo: { categories: ['vehicle_breakdown'], severities: ['high', 'critical'] },
    acknowledgeWithin: 'PT10M',
    resolveWithin: 'PT2H',
    escalation: [
      { after: 'PT5M', to: 'supervisor' },
      { after: 'PT15M', to: 'manager' },
    ],
    remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
    approvalTimeout: 'PT10M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P3D',
    ...overrides,
  };
}

/** Stores a policy through the API as an admin; returns its key. */
export async function createPolicy(
  harness: ApiHarness,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const policy = testPolicy(overrides);
  const response = await request(harness.server)
    .post('/v1/policies')
    .set('Authorization', `Bearer ${await harness.token('admin', { sites: ['*'] })}`)
    .send(policy);
  if (response.status !== 201)
    throw new Error(`policy not created: ${response.status} ${JSON.stringify(response.body)}`);
  return policy.key;
}

/** A valid open body for site AMS under the given policy. */
export function openBody(
  policyKey: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...CAR_BREAKDOWN, policyKey, ...overrides };
}

/** Opens an incident as `token`; returns its id. */
export async function openIncident(
  harness: ApiHarness,
  token: string,
  body: Record<string, unknown>,
): Promise<string> {
  const response = await request(harness.server)
    .post('/v1/incidents')
    .set('Authorization', `Bearer ${token}`)
    .send(body);
  if (response.status !== 201)
    throw new Error(`open failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** An incident at AMS under `policyKey` with a taxi of `amount` EUR waiting for approval, requested as `token`. */
export async function requestTaxiApproval(
  harness: ApiHarness,
  token: string,
  policyKey: string,
  amount: number,
): Promise<{ incidentId: string; approvalId: string }> {
  const incidentId = await openIncident(harness, token, openBody(policyKey));
  const proposed = await request(harness.server)
    .post(`/v1/incidents/${incidentId}/remedies`)
    .set('Authorization', `Bearer ${token}`)
    .send({ type: 'taxi', amount, currency: 'EUR', description: 'Taxi' });
  if ((proposed.body as { status?: string }).status !== 'pending_approval')
    throw new Error(`no approval requested: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  return { incidentId, approvalId: (proposed.body as { approvalId: string }).approvalId };
}
