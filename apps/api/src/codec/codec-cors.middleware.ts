import { type NextFunction, type Request, type Response } from 'express';

/** Where the codec endpoint is mounted; CORS applies to it alone. */
export const CODEC_PATH = '/v1/codec';

// What the Temporal UI sends: its user's token, JSON, and the namespace.
const ALLOWED_HEADERS = 'Authorization, Content-Type, X-Namespace';
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the codec endpoint, for the configured origins (CODEC_CORS_ORIGINS) only:
 * the Temporal UI calls it from the operator's browser, on another origin, with the
 * operator's credentials. Any other origin gets no CORS header, so its browser refuses
 * the answer. Mounted before the 405 middleware, which would otherwise take the preflight.
 */
export function codecCors(
  origins: readonly string[],
): (request: Request, response: Response, next: NextFunction) => void {
  const allowed = new Set(origins);
  return (request, response, next) => {
    response.vary('Origin');
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return next();
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    if (request.method !== 'OPTIONS' || !request.headers['access-control-request-method'])
      return next();
    response.setHeader('Access-Control-Allow-Methods', 'POST');
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    response.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    response.status(204).end();
  };
}
