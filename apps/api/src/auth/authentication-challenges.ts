import { Unauthenticated } from '../common/unauthenticated.error';
import { TOKEN_REJECTIONS, type TokenRejection } from './token-rejection.util';

const REALM = 'realm="service-recovery"';

/** No bearer token was sent: RFC 6750 §3.1 says the challenge then names no error. */
export function bearerTokenRequired(message: string): Unauthenticated {
  return new Unauthenticated(message, `Bearer ${REALM}`);
}

/**
 * A token was sent but is not valid: the challenge names the rule it broke
 * (a fixed text, safe as error_description); the problem body adds the detail,
 * e.g. jose's message, which holds quotes the header may not.
 */
export function invalidBearerToken(rejection: TokenRejection, detail?: string): Unauthenticated {
  const reason = TOKEN_REJECTIONS[rejection];
  return new Unauthenticated(
    detail ? `${reason}: ${detail}` : reason,
    `Bearer ${REALM}, error="invalid_token", error_description="${reason}"`,
  );
}

/** An intake route without a known X-Api-Key (no registered scheme; the header is named). */
export function apiKeyRequired(message: string): Unauthenticated {
  return new Unauthenticated(message, `ApiKey ${REALM}, header="X-Api-Key"`);
}
