import { setTimeout as sleep } from 'node:timers/promises';
import { durationMs, type OpenIncidentCommand } from '@recovery/domain';
import { BENCH_SITE } from '../support/bench-system';
import { type JsonHttp } from '../support/json-http';
import { PATH_CATEGORY, PATH_POLICY } from './path-policy';

const OPEN_BODY: Omit<OpenIncidentCommand, 'incidentId'> = {
  kind: 'incident',
  channel: 'phone',
  category: PATH_CATEGORY,
  severity: 'high',
  customerRef: 'C-1',
  site: BENCH_SITE,
  summary: 'Rental car does not start',
};
// Kept at once, so due a few seconds ahead is plenty; missing it would show as PromiseBroken.
const PROMISE_DUE_IN_MS = 10_000;
const FOLLOW_UP_POLL_MS = 100;
/** A follow-up not sent this long after resolving fails the run: the worker is not keeping up. */
const FOLLOW_UP_BOUND_MS = 60_000;

/** How the customer's answer landed: in its window, or after the workflow closed the follow-up. */
export type FeedbackOutcome = 'answered' | 'late';

/**
 * Walks one incident through the typical path over HTTP, as frontline staff
 * would: open → acknowledge → remedy (20 EUR, within the frontline limit) →
 * promise → keep it → resolve → (the workflow sends the follow-up after
 * followUpAfter) → feedback. The workflow then closes the incident on its own.
 */
export async function walkIncidentPath(
  http: JsonHttp,
  policyKey: string,
): Promise<{ incidentId: string; feedback: FeedbackOutcome }> {
  const { id } = await http.expectOk<{ id: string }>('POST', '/v1/incidents', {
    ...OPEN_BODY,
    policyKey,
  });
  const at = `/v1/incidents/${id}`;
  await http.expectOk('POST', `${at}/acknowledge`, {});
  const remedy = await http.expectOk<{ status: string }>('POST', `${at}/remedies`, {
    type: 'taxi',
    amount: 20,
    currency: 'EUR',
    description: 'Taxi to the hotel',
  });
  if (remedy.status !== 'approved') throw new Error(`${id}: remedy ${remedy.status}, not granted`);
  const { promiseId } = await http.expectOk<{ promiseId: string }>('POST', `${at}/promises`, {
    description: 'A taxi within 20 minutes',
    dueAt: new Date(Date.now() + PROMISE_DUE_IN_MS).toISOString(),
  });
  await http.expectOk('POST', `${at}/promises/${promiseId}/keep`, {});
  await http.expectOk('POST', `${at}/resolve`, {
    outcome: 'compensated',
    summary: 'Taxi took the customer to the hotel',
  });
  await followUpSent(http, at);
  const answer = await http.send('POST', `${at}/feedback`, { score: 5, level: 'exceeded' });
  if (answer.status === 409) return { incidentId: id, feedback: 'late' };
  if (answer.status !== 200)
    throw new Error(`POST ${at}/feedback: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { incidentId: id, feedback: 'answered' };
}

/** Waits (reading the incident as a client would) until the workflow has sent the follow-up. */
async function followUpSent(http: JsonHttp, at: string): Promise<void> {
  const deadline = Date.now() + FOLLOW_UP_BOUND_MS;
  await sleep(durationMs(PATH_POLICY.followUpAfter));
  while ((await http.expectOk<{ followUp?: unknown }>('GET', at)).followUp === undefined) {
    if (Date.now() > deadline)
      throw new Error(`${at}: no follow-up within ${FOLLOW_UP_BOUND_MS / 1000} s of resolving`);
    await sleep(FOLLOW_UP_POLL_MS);
  }
}
