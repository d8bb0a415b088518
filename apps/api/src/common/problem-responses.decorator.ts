import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiHeader,
  ApiResponse,
  getSchemaPath,
  type HeaderObject,
} from '@nestjs/swagger';
import { ProblemDetailsDto } from './problem-details.dto';

const RETRY_AFTER: HeaderObject = {
  description: 'Seconds until the same request may succeed',
  required: false,
  schema: { type: 'integer', minimum: 0 },
};

/** The headers the problem filter sends with a status (see ProblemDetailsFilter). */
const PROBLEM_HEADERS: Readonly<Record<number, Record<string, HeaderObject>>> = {
  401: {
    'WWW-Authenticate': {
      description:
        'The challenge (RFC 9110 §11.6.1): `Bearer realm="service-recovery"`, with ' +
        '`error="invalid_token"` and an `error_description` naming the rule it broke (no ' +
        '`exp` or `iat`, expired, not yet valid, issued in the future, older than the maximum ' +
        'age…) when a token was sent but is not valid (RFC 6750); ' +
        'on intake `ApiKey` naming the X-Api-Key header',
      required: true,
      schema: { type: 'string' },
    },
  },
  409: { 'Retry-After': RETRY_AFTER },
  429: { 'Retry-After': RETRY_AFTER },
  503: { 'Retry-After': RETRY_AFTER },
};

/** One documented error response, served as application/problem+json (RFC 9457). */
export const ProblemResponse = (
  status: number,
  description: string,
): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ApiResponse({
      status,
      description,
      ...(PROBLEM_HEADERS[status] ? { headers: PROBLEM_HEADERS[status] } : {}),
      content: {
        'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } },
      },
    }),
  );

// Issue 10, item 9: an outage is a 503, never a 500.
export const OUTAGE =
  'A dependency is down (dependency_unavailable; `dependency` names postgres or temporal): retry after Retry-After';

/**
 * The problem responses a command (a POST) can end in, and its correlation header
 * (applyOpenApiConventions declares the Idempotency-Key of every POST).
 */
export const CommandProblems = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: 'Flows into the events this request causes',
    }),
    ProblemResponse(400, 'Malformed JSON or invalid fields (each one named)'),
    ProblemResponse(404, 'Unknown (or not visible) incident, approval, promise or policy'),
    ProblemResponse(
      409,
      'The workflow refused: the incident is not in a state for it; or a request with this Idempotency-Key is still running (Retry-After)',
    ),
    ProblemResponse(413, 'Body over the configured limit'),
    ProblemResponse(422, 'Refused by policy, or Idempotency-Key reused with another body'),
    ProblemResponse(503, OUTAGE),
  );

/** The problem responses of a command its incident's workflow decides (a Temporal update). */
export const WorkflowCommandProblems = (): MethodDecorator =>
  applyDecorators(
    CommandProblems(),
    ProblemResponse(
      503,
      `${OUTAGE}; or the workflow did not take the command in time (command_not_taken): it may still apply it, so retry with the same Idempotency-Key`,
    ),
  );

/** The problem responses of a read. */
export const ReadProblems = (): MethodDecorator =>
  applyDecorators(
    ProblemResponse(400, 'Invalid query or path parameters (each one named)'),
    ProblemResponse(404, 'Unknown (or not visible) resource'),
    ProblemResponse(503, OUTAGE),
  );
