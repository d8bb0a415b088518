import { DomainError } from '@recovery/domain';

/** The stream was not at the expected version; nothing was written. */
export class StreamVersionConflict extends DomainError {
  readonly code = 'STREAM_VERSION_CONFLICT';
  readonly kind = 'conflict';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: string,
    readonly actualVersion: number,
  ) {
    super(`Stream ${streamId} is at version ${actualVersion}, expected ${expectedVersion}`, {
      streamId,
      expectedVersion,
      actualVersion,
    });
  }
}

/**
 * An event id is already stored with different content or in another stream, or a
 * retried append was only partly stored; nothing was written.
 */
export class DuplicateEventConflict extends DomainError {
  readonly code = 'DUPLICATE_EVENT_CONFLICT';
  readonly kind = 'conflict';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
    reason: string,
  ) {
    super(`Append to ${streamId} conflicts with stored events: ${reason}`, { streamId, eventIds });
  }
}

/** The append request itself is malformed (no events, repeated ids, bad version). */
export class InvalidAppendRequest extends DomainError {
  readonly code = 'INVALID_APPEND_REQUEST';
  readonly kind = 'invalid';
}

/** Another runner holds this projection's advisory lock: only one may apply events. */
export class ProjectionAlreadyRunning extends DomainError {
  readonly code = 'PROJECTION_ALREADY_RUNNING';
  readonly kind = 'conflict';
  constructor(readonly projectionName: string) {
    super(`Projection ${projectionName} is already being run elsewhere`, { projectionName });
  }
}

/** The checkpoint moved under a runner (compare-and-set failed); its batch was rolled back. */
export class ProjectionCheckpointConflict extends DomainError {
  readonly code = 'PROJECTION_CHECKPOINT_CONFLICT';
  readonly kind = 'conflict';
  constructor(readonly projectionName: string) {
    super(`Checkpoint of projection ${projectionName} changed under its runner`, {
      projectionName,
    });
  }
}
