import { errors, type JWTPayload } from 'jose';

/**
 * Why a bearer token was refused, as the `error_description` of its challenge
 * (RFC 6750 §3). Fixed texts, because that parameter must be printable ASCII
 * without `"` or `\`, which jose's own messages break.
 */
export const TOKEN_REJECTIONS = {
  malformed: 'token is malformed',
  algorithmNotAccepted: 'token algorithm not accepted',
  badSignature: 'token signature invalid',
  unknownKey: 'token signed with an unknown key',
  missingExp: 'token has no exp claim',
  missingIat: 'token has no iat claim, so its age is unknown',
  timeClaimNotNumber: 'token time claim is not a number',
  expired: 'token expired',
  notYetValid: 'token not yet valid',
  issuedInFuture: 'token issued in the future',
  olderThanMaxAge: 'token is older than the maximum age',
  lifetimeBeyondMaxAge: 'token lifetime exceeds the maximum age',
  issuerNotAccepted: 'token issuer not accepted',
  audienceNotAccepted: 'token audience not accepted',
  claimsUnusable: 'token claims unusable',
  unverifiable: 'token could not be verified',
} as const;

export type TokenRejection = keyof typeof TOKEN_REJECTIONS;

// jose names the claim and why it failed (`missing`, `check_failed`, `invalid`).
const CLAIM_FAILURES: Readonly<Record<string, TokenRejection>> = {
  'exp:missing': 'missingExp',
  'iat:missing': 'missingIat',
  'iat:check_failed': 'issuedInFuture',
  'nbf:check_failed': 'notYetValid',
  'iss:missing': 'issuerNotAccepted',
  'iss:check_failed': 'issuerNotAccepted',
  'aud:missing': 'audienceNotAccepted',
  'aud:check_failed': 'audienceNotAccepted',
};

/** The rule a failed jose `jwtVerify` broke. */
export function rejectionOfVerifyError(error: unknown): TokenRejection {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat' ? 'olderThanMaxAge' : 'expired';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'invalid') return 'timeClaimNotNumber';
    return CLAIM_FAILURES[`${error.claim}:${error.reason}`] ?? 'unverifiable';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'badSignature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknownKey';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed';
  return 'unverifiable';
}

/**
 * Refuses a token issued to live longer than the maximum age (a ten-year token
 * issued now): jose would accept it until it is max-age old, yet its `exp` would
 * promise more, and a live stream ends at `exp`. Refused at once, a misconfigured
 * issuer shows on its first token rather than twelve hours into a shift. No clock
 * skew applies: `iat` and `exp` come from the same clock.
 */
export function lifetimeRejection(
  payload: JWTPayload,
  maxTokenAgeSeconds: number,
): TokenRejection | undefined {
  const { iat, exp } = payload;
  if (iat === undefined || exp === undefined) return undefined;
  return exp - iat > maxTokenAgeSeconds ? 'lifetimeBeyondMaxAge' : undefined;
}
