import { HttpException, HttpStatus } from '@nestjs/common';
import {
  type Dependency,
  dependencyUnavailableOf,
  type DomainError,
  type DomainErrorKind,
  type FieldError,
  isDependency,
  isDomainError,
} from '@recovery/domain';
import { Unauthenticated } from './unauthenticated.error';

/** What the filter needs to write a problem response. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
  /** Sent as the Retry-After header: when the same request may succeed. */
  retryAfterSeconds?: number;
  /** The dependency whose outage this is, a top-level member of the body. */
  dependency?: Dependency;
  /** Sent as the WWW-Authenticate header of a 401. */
  challenge?: string;
}

/** HTTP status of each domain error kind. */
export function statusOfKind(kind: DomainErrorKind): number {
  switch (kind) {
    case 'invalid':
      return HttpStatus.BAD_REQUEST;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'unprocessable':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/**
 * Maps anything thrown while handling a request to a problem; undefined for unexpected
 * errors (500). A PostgreSQL or Temporal outage, wherever in the request it surfaced,
 * is a 503 naming the dependency (issue 10, item 9), never a 500.
 */
export function toProblem(error: unknown): Problem | undefined {
  if (isDomainError(error)) return fromDomainError(error);
  if (error instanceof HttpException) return fromHttpException(error);
  const outage = dependencyUnavailableOf(error);
  return outage ? fromDomainError(outage) : undefined;
}

function fromDomainError(error: DomainError): Problem {
  const { errors, ...details } = error.details as { errors?: FieldError[] };
  const { retryAfterSeconds, dependency } = details as {
    retryAfterSeconds?: unknown;
    dependency?: unknown;
  };
  return {
    status: statusOfKind(error.kind),
    code: error.code,
    detail: error.message,
    ...(errors ? { errors } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
    ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
    ...(isDependency(dependency) ? { dependency } : {}),
  };
}

// Body-parser failures reach the filter as HttpExceptions whose cause carries
// body-parser's `type` (see @nestjs/platform-express mapException).
const BODY_PARSER_CODES: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'malformed_json',
  'entity.too.large': 'payload_too_large',
  'encoding.unsupported': 'unsupported_encoding',
  'charset.unsupported': 'unsupported_charset',
  'request.aborted': 'request_aborted',
  'request.size.invalid': 'request_size_invalid',
};

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const parserType = (error.cause as { type?: unknown } | undefined)?.type;
  const code =
    (typeof parserType === 'string' ? BODY_PARSER_CODES[parserType] : undefined) ??
    codeOfStatus(status);
  return {
    status,
    code,
    detail: detailOf(error, code),
    ...(error instanceof Unauthenticated ? { challenge: error.challenge } : {}),
  };
}

function detailOf(error: HttpException, code: string): string {
  if (code === 'malformed_json') return 'the request body is not valid JSON';
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : error.message;
}

function codeOfStatus(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name ? name.toLowerCase() : `http_${status}`;
}
