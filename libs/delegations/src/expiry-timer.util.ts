import { type Client } from '@temporalio/client';
import {
  type delegationExpiry,
  type DelegationExpiryInput,
  delegationExpiryWorkflowId,
} from '@recovery/workflows';

/** Type name under which the worker registers the expiry timer workflow. */
const WORKFLOW_TYPE = 'delegationExpiry';

/**
 * Starts the delegation's expiry timer. One per delegation (the id is derived from
 * it): a repeated start joins the running timer instead of starting a second.
 */
export async function startExpiryTimer(
  client: Client,
  taskQueue: string,
  input: DelegationExpiryInput,
): Promise<void> {
  await client.workflow.start<typeof delegationExpiry>(WORKFLOW_TYPE, {
    workflowId: delegationExpiryWorkflowId(input.delegationId),
    taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [input],
  });
}
