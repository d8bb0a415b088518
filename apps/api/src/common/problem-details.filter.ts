import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { type Response } from 'express';
import { type ApiRequest } from './api-request';
import { correlationIdOf } from './correlation-id.util';
import { type ProblemDetailsDto } from './problem-details.dto';
import { type Problem, toProblem } from './problem-mapping.util';

export const PROBLEM_TYPE_BASE = 'https://recovery.example/problems/';

/**
 * The API's one exception filter: every error becomes an RFC 9457
 * application/problem+json response. Anything unexpected is logged in full and
 * answered as a bare 500 so internals never leak to the caller.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<ApiRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(error) ?? this.unexpected(error);
    if (problem.dependency) this.outage(problem.dependency, error);
    if (response.headersSent) return;
    if (problem.retryAfterSeconds !== undefined)
      response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    if (problem.challenge !== undefined) response.setHeader('WWW-Authenticate', problem.challenge);
    response
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify(toBody(problem, request)));
  }

  // The caller is told only which dependency is down; the log keeps the driver's words.
  private outage(dependency: string, error: unknown): void {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    this.logger.warn(
      `${dependency} unavailable: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }

  private unexpected(error: unknown): Problem {
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { status: 500, code: 'internal_error', detail: 'an unexpected error occurred' };
  }
}

// `dependency` is the contract for outages (issue 10, item 9): a client branches
// on it without digging into `details`.
function toBody(problem: Problem, request: ApiRequest): ProblemDetailsDto {
  return {
    type: PROBLEM_TYPE_BASE + problem.code,
    title: STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    instance: request.originalUrl ?? request.url,
    code: problem.code,
    ...(problem.dependency ? { dependency: problem.dependency } : {}),
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.details ? { details: problem.details } : {}),
    correlationId: correlationIdOf(request),
  };
}
