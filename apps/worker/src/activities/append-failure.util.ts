import { ApplicationFailure } from '@temporalio/activity';
import { StreamVersionConflict } from '@recovery/event-store';
import { APPEND_FAILURES } from '@recovery/workflows';

// SQLSTATE class 22 (data exception): the value itself is unacceptable, e.g. an
// unpaired surrogate or NUL in jsonb (22P05), a number out of range (22003).
const DATA_EXCEPTION = /^22/;

/**
 * The failure an append raises to the workflow: non-retryable when no retry can
 * succeed (data PostgreSQL refused, a stream that already exists), so the command
 * fails with a 4xx and the incident keeps working instead of retrying for ever
 * under its lock; anything else (an outage) unchanged, for the retry policy.
 */
export function toAppendFailure(error: unknown): unknown {
  if (error instanceof StreamVersionConflict) {
    return ApplicationFailure.nonRetryable(error.message, APPEND_FAILURES.streamExists);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && DATA_EXCEPTION.test(code)) {
    const message = error instanceof Error ? error.message : String(error);
    return ApplicationFailure.nonRetryable(message, APPEND_FAILURES.dataRefused);
  }
  return error;
}
