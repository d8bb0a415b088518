import { DomainError } from '@recovery/domain';

/** The Idempotency-Key was used before with a different request. */
export class IdempotencyKeyReused extends DomainError {
  readonly code = 'idempotency_key_reused';
  readonly kind = 'unprocessable';
  constructor(key: string) {
    super(`Idempotency-Key ${key} was already used with a different request`, { key });
  }
}

/**
 * How soon to retry while the first request is still running: it answers within
 * COMMAND_TIMEOUT_MS, and usually within milliseconds.
 */
export const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/** The first request with this Idempotency-Key has not finished yet. */
export class IdempotentRequestInProgress extends DomainError {
  readonly code = 'idempotent_request_in_progress';
  readonly kind = 'conflict';
  constructor(key: string) {
    super(`a request with Idempotency-Key ${key} is still in progress; retry later`, {
      key,
      retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_SECONDS,
    });
  }
}

/** The Idempotency-Key header is not a usable key. */
export class InvalidIdempotencyKey extends DomainError {
  readonly code = 'invalid_idempotency_key';
  readonly kind = 'invalid';
  constructor() {
    super('Idempotency-Key must be 1 to 255 printable ASCII characters', {
      errors: [
        { field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' },
      ],
    });
  }
}
