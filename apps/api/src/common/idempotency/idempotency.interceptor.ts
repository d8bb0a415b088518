import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { type Response } from 'express';
import { canonicalJson } from '@recovery/event-store';
import { from, mergeMap, type Observable, of, catchError, throwError } from 'rxjs';
import { type ApiRequest } from '../api-request';
import {
  IdempotencyKeyReused,
  IdempotentRequestInProgress,
  InvalidIdempotencyKey,
} from './idempotency.errors';
import { ReplayStore } from './replay-store.repository';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Printable ASCII without spaces, as InvalidIdempotencyKey words it. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Idempotency-Key on any POST (issue 5): the first response is stored; a retry
 * with the same key and the same request replays it without running the handler
 * again; the same key with a different request is refused with 422. Keys are
 * scoped to the caller, so two users cannot collide.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: ReplayStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    if (typeof header !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(header))
      throw new InvalidIdempotencyKey();
    const response = context.switchToHttp().getResponse<Response>();
    const scope = callerScope(request);
    const hash = requestHash(request);
    return from(this.store.reserve(scope, header, hash)).pipe(
      mergeMap((reservation) => {
        if (reservation.outcome !== 'reserved' && reservation.requestHash !== hash) {
          throw new IdempotencyKeyReused(header);
        }
        if (reservation.outcome === 'in_progress') throw new IdempotentRequestInProgress(header);
        if (reservation.outcome === 'completed') {
          response.status(reservation.status).setHeader('Idempotent-Replayed', 'true');
          return of(reservation.body);
        }
        return this.runOnce(next, response, scope, header);
      }),
    );
  }

  private runOnce(
    next: CallHandler,
    response: Response,
    scope: string,
    key: string,
  ): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.store.complete(scope, key, response.statusCode, body);
        return body;
      }),
      catchError((error: unknown) =>
        from(this.store.release(scope, key)).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }
}

function callerScope(request: ApiRequest): string {
  if (request.user) return `user:${request.user.sub}`;
  if (request.intakeSystem) return `intake:${request.intakeSystem}`;
  return 'anonymous';
}

// Method and path are part of the request: the same key on another route is a different request.
function requestHash(request: ApiRequest): string {
  const text = canonicalJson({
    method: request.method,
    path: request.path,
    body: (request.body as unknown) ?? null,
  });
  return createHash('sha256').update(text).digest('hex');
}
