import { ApplicationFailure } from '@temporalio/activity';
import { DuplicateEventConflict, StreamVersionConflict } from '@recovery/event-store';
import { APPEND_FAILURES } from '@recovery/workflows';

// SQLSTATE class 22 (data exception): the value itself is unacceptable, e.g. an
// unpaired surrogate or NUL in jsonb (22P05), a number out of range (22003).
const DATA_EXCEPTION = /^22/;

/**
 * The failure an append raises to the workflow: non-retryable when no retry can
 * succeed, so the incident keeps working instead of retrying for ever under its
 * lock. Data PostgreSQL refused fails the command (a 4xx). A stream past the
 * expected version, or an event id stored with other content (ids are named by
 * stream version, so a re-run deciding something else at a taken version), means
 * the stream holds events the workflow has not folded, a lost workflow task's: the
 * workflow catches up. Anything else (an outage) is left to the retry policy.
 */
export function toAppendFailure(error: unknown): unknown {
  if (error instanceof StreamVersionConflict || error instanceof DuplicateEventConflict) {
    return ApplicationFailure.nonRetryable(error.message, APPEND_FAILURES.streamAhead);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && DATA_EXCEPTION.test(code)) {
    const message = error instanceof Error ? error.message : String(error);
    return ApplicationFailure.nonRetryable(message, APPEND_FAILURES.dataRefused);
  }
  return error;
}
