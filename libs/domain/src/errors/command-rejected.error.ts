import { DomainError, type DomainErrorKind } from './domain.error';

const KINDS: readonly DomainErrorKind[] = [
  'conflict',
  'unprocessable',
  'not_found',
  'forbidden',
  'invalid',
];

/**
 * A domain error rebuilt on the far side of a transport: the workflow rejects a
 * command with an ApplicationFailure whose `type` is the error's code and whose
 * first detail is `{ code, kind, message, details }` (see workflows/); the API
 * turns that back into this error so one exception filter serves both.
 */
export class CommandRejected extends DomainError {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message, details);
  }
}

/** The serialisable form of a domain error carried in ApplicationFailure details. */
export interface DomainErrorPayload {
  code: string;
  kind: DomainErrorKind;
  message: string;
  details: Readonly<Record<string, unknown>>;
}

/** Serialises a domain error for transport. */
export function toDomainErrorPayload(error: DomainError): DomainErrorPayload {
  return { code: error.code, kind: error.kind, message: error.message, details: error.details };
}

/** Rebuilds a domain error from a payload; undefined when it is not one. */
export function fromDomainErrorPayload(payload: unknown): CommandRejected | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { code, kind, message, details } = payload as Partial<DomainErrorPayload>;
  if (
    typeof code !== 'string' ||
    typeof message !== 'string' ||
    !KINDS.includes(kind as DomainErrorKind)
  )
    return undefined;
  return new CommandRejected(code, kind as DomainErrorKind, message, details ?? {});
}
