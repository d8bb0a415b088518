import { WithStartWorkflowOperation } from '@temporalio/client';
import { type Workflow } from '@temporalio/common';
import { foldIncident, type IncidentEvent, type PinnedPolicy } from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';
import { type IncidentRecoveryInput } from '@recovery/workflows';
import { incidentWorkflowId } from './incident-workflow-id.util';

/** Type name under which the worker registers the recovery workflow. */
export const WORKFLOW_TYPE = 'incidentRecovery';

/**
 * The start half of update-with-start for a closed incident: a new run of its
 * workflow on the same stream, resuming from the state folded from every event
 * (issue 4 §7). USE_EXISTING makes two racing reopens share one run.
 */
export function resumeRunOperation(
  incidentId: string,
  events: readonly StoredEvent[],
  policy: PinnedPolicy,
  taskQueue: string,
  correlationId: string,
): WithStartWorkflowOperation<Workflow> {
  const state = foldIncident(events.map((e) => ({ type: e.type, data: e.data }) as IncidentEvent));
  const input: IncidentRecoveryInput = {
    incidentId,
    policy,
    correlationId,
    start: { kind: 'resume', state, reason: 'reopen_closed' },
  };
  return new WithStartWorkflowOperation(WORKFLOW_TYPE, {
    workflowId: incidentWorkflowId(incidentId),
    taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [input],
  });
}
