import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';

export const CORRELATION_ID_HEADER = 'x-correlation-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's correlation id: the caller's X-Correlation-Id when it is sane,
 * else a fresh UUID. Memoised on the request so the logger, the response header
 * and the command (and so the event metadata) all carry the same value.
 */
export function correlationIdOf(request: IncomingMessage & { correlationId?: string }): string {
  if (request.correlationId) return request.correlationId;
  const given = request.headers[CORRELATION_ID_HEADER];
  const id = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
  request.correlationId = id;
  return id;
}

/** Express middleware: answers every request with its correlation id header. */
export function correlationIdMiddleware(
  request: IncomingMessage & { correlationId?: string },
  response: { setHeader(name: string, value: string): unknown },
  next: () => void,
): void {
  response.setHeader(CORRELATION_ID_HEADER, correlationIdOf(request));
  next();
}
