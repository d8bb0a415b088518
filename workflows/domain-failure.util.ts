import { ApplicationFailure } from '@temporalio/workflow';
import { isDomainError, toDomainErrorPayload } from '@recovery/domain';

/**
 * Rethrows a domain rejection as a non-retryable ApplicationFailure (type = the
 * error's code, details[0] = its payload) so Temporal fails the update, not the
 * workflow task; anything else is a bug and is rethrown unchanged.
 */
export function rethrowAsFailure(error: unknown): never {
  if (isDomainError(error)) {
    throw ApplicationFailure.create({
      type: error.code,
      message: error.message,
      nonRetryable: true,
      details: [toDomainErrorPayload(error)],
    });
  }
  throw error;
}
