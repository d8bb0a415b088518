import { Unauthenticated } from '../common/unauthenticated.error';

const REALM = 'realm="service-recovery"';

/** No bearer token was sent: RFC 6750 §3.1 says the challenge then names no error. */
export function bearerTokenRequired(message: string): Unauthenticated {
  return new Unauthenticated(message, `Bearer ${REALM}`);
}

/**
 * A token was sent but is not valid (expired, bad signature, unknown claims). The reason
 * stays in the problem body: jose's messages hold quotes, which error_description may not.
 */
export function invalidBearerToken(message: string): Unauthenticated {
  return new Unauthenticated(message, `Bearer ${REALM}, error="invalid_token"`);
}

/** An intake route without a known X-Api-Key (no registered scheme; the header is named). */
export function apiKeyRequired(message: string): Unauthenticated {
  return new Unauthenticated(message, `ApiKey ${REALM}, header="X-Api-Key"`);
}
