import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { DomainError, fromDomainErrorPayload, IncidentNotOpen } from '@recovery/domain';

/** The workflow refused a command without a domain reason (a bug or a non-domain failure). */
export class CommandFailed extends DomainError {
  readonly code = 'command_failed';
  readonly kind = 'unprocessable';
  constructor(command: string, reason: string) {
    super(`${command} failed: ${reason}`, { command });
  }
}

/**
 * The server dropped the update before the workflow decided it: the worker's task
 * that carried it failed (a crash, a lost connection, an outage). Nothing was
 * applied, so the same request may simply be sent again.
 */
export class CommandDropped extends DomainError {
  readonly code = 'command_dropped';
  readonly kind = 'unavailable';
  constructor(command: string, incidentId: string) {
    super(
      `the workflow of incident ${incidentId} dropped ${command} before deciding it; ` +
        'nothing was applied: retry',
      {
        command,
        incidentId,
        retryAfterSeconds: DROPPED_RETRY_AFTER_SECONDS,
        dependency: 'temporal',
      },
    );
  }
}

// A dropped update usually follows a failed workflow task, retried within seconds.
const DROPPED_RETRY_AFTER_SECONDS = 2;

// Temporal's words for an update whose workflow task failed before the update was
// accepted ("…rejected because it wasn't processed by worker…").
const DROPPED_BY_SERVER = /wasn't processed by worker/i;

/**
 * The domain meaning of an error a Temporal call raised: the workflow's own
 * rejection (its DomainErrorPayload rebuilt as CommandRejected), "no workflow is
 * running" as a not-open incident, an update the server dropped as CommandDropped
 * (retry), other update failures as CommandFailed.
 * Anything else is returned unchanged (a real outage stays a 5xx).
 */
export function translateTemporalError(
  error: unknown,
  incidentId: string,
  command: string,
): unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    const payload = cause instanceof ApplicationFailure ? cause.details?.[0] : undefined;
    if (payload === undefined && DROPPED_BY_SERVER.test(cause?.message ?? error.message))
      return new CommandDropped(command, incidentId);
    return (
      fromDomainErrorPayload(payload) ?? new CommandFailed(command, cause?.message ?? error.message)
    );
  }
  if (error instanceof WorkflowNotFoundError || isCompletedWorkflowError(error)) {
    return new IncidentNotOpen(incidentId, 'closed', command);
  }
  return error;
}

// Updating a workflow that has completed fails with gRPC NOT_FOUND / FAILED_PRECONDITION
// ("workflow execution already completed"), not always as WorkflowNotFoundError.
function isCompletedWorkflowError(error: unknown): boolean {
  return (
    error instanceof Error && /already completed|workflow execution not found/i.test(error.message)
  );
}
