import { WithStartWorkflowOperation } from '@temporalio/client';
import { type Workflow } from '@temporalio/common';
import { type IncidentRecoveryInput } from '@recovery/workflows';
import { incidentWorkflowId } from './incident-workflow-id.util';

/** Type name under which the worker registers the recovery workflow. */
export const WORKFLOW_TYPE = 'incidentRecovery';

/**
 * The start half of an update-with-start: a run of the incident's workflow that
 * the update then speaks to. USE_EXISTING: when a run is already going (a retried
 * open, two racing reopens) the update joins it and this start does nothing.
 */
export function incidentRunOperation(
  input: IncidentRecoveryInput,
  taskQueue: string,
): WithStartWorkflowOperation<Workflow> {
  return new WithStartWorkflowOperation(WORKFLOW_TYPE, {
    workflowId: incidentWorkflowId(input.incidentId),
    taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [input],
  });
}
