/**
 * What kind of failure a domain error is, independent of transport. The API maps
 * it to an HTTP status (conflict → 409, unprocessable → 422, not_found → 404,
 * forbidden → 403, invalid → 400, unavailable → 503); the workflow carries it in
 * ApplicationFailure.
 */
export type DomainErrorKind =
  'conflict' | 'unprocessable' | 'not_found' | 'forbidden' | 'invalid' | 'unavailable';

/** Optional per-field detail (problem+json `errors`). */
export interface FieldError {
  field: string;
  message: string;
}

/** Base of every typed domain error: a stable machine `code` and a `kind`. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** True for any DomainError (also across realms, by shape). */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (error instanceof Error &&
      typeof (error as Partial<DomainError>).code === 'string' &&
      typeof (error as Partial<DomainError>).kind === 'string')
  );
}
