/**
 * The expiry timer of one delegation (issue 12). Started when the delegation is
 * created, it sleeps until `until` (a durable timer: a worker restart resumes it),
 * then records DelegationExpired unless the delegation was revoked first. The
 * activity decides that from the delegation's stream, so a timer that fires again
 * (a retried activity, a second start) records nothing twice. Revoking does not
 * stop the timer: when it fires it finds the delegation revoked and does nothing.
 */
import { proxyActivities, sleep } from '@temporalio/workflow';
import { type IsoTimestamp, msUntil, toIsoTimestamp } from '@recovery/domain';

export interface DelegationExpiryInput {
  delegationId: string;
  until: IsoTimestamp;
}

export interface ExpireDelegationInput {
  delegationId: string;
  /** Workflow time when the timer fired: the same on every retry, so the append stays idempotent. */
  expiredAt: IsoTimestamp;
}

export interface ExpireDelegationResult {
  /** False when the delegation had been revoked (or had expired) already. */
  expired: boolean;
}

/** The activity the timer calls (apps/worker implements it). */
export interface DelegationExpiryActivities {
  /** Appends DelegationExpired to the delegation's stream unless it has ended already. */
  expireDelegation(input: ExpireDelegationInput): Promise<ExpireDelegationResult>;
}

const { expireDelegation } = proxyActivities<DelegationExpiryActivities>({
  startToCloseTimeout: '10 seconds',
  // The store must eventually take the event (an outage heals); retry until it does.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  summary: 'record DelegationExpired',
});

/** The id of a delegation's expiry timer: one per delegation, so a repeated start joins the first. */
export function delegationExpiryWorkflowId(delegationId: string): string {
  return `delegation-expiry-${delegationId}`;
}

export async function delegationExpiry(
  input: DelegationExpiryInput,
): Promise<ExpireDelegationResult> {
  const ms = msUntil(input.until, Date.now());
  if (ms > 0) await sleep(ms, { summary: 'delegation window' });
  return expireDelegation({
    delegationId: input.delegationId,
    expiredAt: toIsoTimestamp(Date.now()),
  });
}
