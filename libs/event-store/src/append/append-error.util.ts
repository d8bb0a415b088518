import { DuplicateEventConflict, StreamVersionConflict } from '../event-store.error';
import { type ExpectedVersion } from '../event-store.types';
import { describeExpectedVersion } from './expected-version.util';

interface PgErrorFields {
  code?: unknown;
  detail?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/**
 * Maps the SQLSTATEs the append functions raise (ESV01, ESD01) and a lost race on the
 * event-id unique index to typed errors; anything else is rethrown unchanged.
 */
export function toAppendError(
  error: unknown,
  streamId: string,
  expected: ExpectedVersion,
  eventIds: readonly string[],
): unknown {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as PgErrorFields;
  if (fields.code === 'ESV01') {
    return new StreamVersionConflict(
      streamId,
      describeExpectedVersion(expected),
      Number(fields.detail),
    );
  }
  if (fields.code === 'ESD01') {
    return new DuplicateEventConflict(streamId, eventIds, String(fields.message));
  }
  // Same id appended concurrently to another stream: both passed the dedupe check.
  if (fields.code === '23505' && fields.constraint === 'events_event_id_key') {
    return new DuplicateEventConflict(
      streamId,
      eventIds,
      'an event id was stored concurrently elsewhere',
    );
  }
  return error;
}
