import { type PolicyDocument, type PolicyRef } from '@recovery/domain';
import { type BenchSystem } from '../support/bench-system';
import { JsonHttp } from '../support/json-http';

/** The category the path's incidents are opened with; no other opening uses it. */
export const PATH_CATEGORY = 'bench_path';

/**
 * Second-long durations, so a whole path (follow-up and feedback included) takes
 * seconds. The escalation rungs count from a missed deadline: a path that keeps
 * its deadlines climbs none. The taxi's 25 EUR frontline limit grants a 20 EUR
 * remedy at once.
 */
export const PATH_POLICY: PolicyDocument = {
  key: 'bench-path',
  title: 'bench:path: second-long durations',
  appliesTo: { categories: [PATH_CATEGORY] },
  acknowledgeWithin: 'PT5S',
  resolveWithin: 'PT1M',
  escalation: [
    { after: 'PT5S', to: 'supervisor' },
    { after: 'PT10S', to: 'manager' },
  ],
  remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
  approvalTimeout: 'PT5S',
  followUpAfter: 'PT1S',
  // Not PT2S: at 24 in flight an update's p99 is seconds on a loaded 2-core machine, and
  // feedback that misses its window changes the path (FollowUpUnanswered) without
  // shortening it: an answered follow-up closes the incident at once.
  feedbackWindow: 'PT10S',
};

/** Stores PATH_POLICY as the next version of its key, through the API as an admin would. */
export async function storePathPolicy(system: BenchSystem): Promise<PolicyRef> {
  const admin = new JsonHttp(system.baseUrl, await system.token('admin'), 1);
  try {
    return await admin.expectOk<PolicyRef>('POST', '/v1/policies', PATH_POLICY);
  } finally {
    admin.close();
  }
}
