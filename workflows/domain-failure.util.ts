import { ApplicationFailure } from '@temporalio/workflow';
import { type DomainError, isDomainError, toDomainErrorPayload } from '@recovery/domain';

/**
 * A domain rejection as a non-retryable ApplicationFailure (type = the error's
 * code, details[0] = its payload), so Temporal fails the update, not the workflow
 * task, and the API rebuilds the domain error on its side.
 */
export function domainFailure(error: DomainError): ApplicationFailure {
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    nonRetryable: true,
    details: [toDomainErrorPayload(error)],
  });
}

/** Rethrows a domain rejection as its failure; anything else is a bug and is rethrown unchanged. */
export function rethrowAsFailure(error: unknown): never {
  throw isDomainError(error) ? domainFailure(error) : error;
}
