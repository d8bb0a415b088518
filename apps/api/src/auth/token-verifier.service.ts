import { Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { AppConfig } from '@recovery/config';
import { type AuthenticatedUser } from './authenticated-user';
import { invalidBearerToken } from './authentication-challenges';
import { userFromClaims } from './token-claims.util';
import { lifetimeRejection, rejectionOfVerifyError } from './token-rejection.util';

/**
 * Verifies bearer tokens: HS256 with the configured secret (development, tests)
 * or RS256 against the identity provider's JWKS (production). The algorithm is
 * pinned per key so an RS256 public key can never be used as an HS256 secret.
 * Either way a token must carry `exp` and `iat` (issue 14: tokens that never
 * expire): jose's maxTokenAge is counted from `iat`, so without one a token's
 * age is unknown and it is refused.
 */
@Injectable()
export class TokenVerifier {
  private readonly secret?: Uint8Array;
  private readonly jwks?: JWTVerifyGetKey;
  private readonly options: JWTVerifyOptions;
  private readonly maxTokenAgeSeconds: number;

  constructor(config: AppConfig) {
    const { jwtSecret, jwksUrl, issuer, audience, maxTokenAgeSeconds, clockSkewSeconds } =
      config.auth;
    if (jwtSecret) this.secret = new TextEncoder().encode(jwtSecret);
    if (jwksUrl) this.jwks = createRemoteJWKSet(new URL(jwksUrl));
    this.maxTokenAgeSeconds = maxTokenAgeSeconds;
    this.options = {
      ...(issuer ? { issuer } : {}),
      ...(audience ? { audience } : {}),
      requiredClaims: ['exp'],
      maxTokenAge: maxTokenAgeSeconds,
      clockTolerance: clockSkewSeconds,
    };
  }

  /** The user of a valid token; a 401 naming the rule it broke (RFC 6750 invalid_token) otherwise. */
  async verify(token: string): Promise<AuthenticatedUser> {
    const payload = await this.verifiedPayload(token);
    const tooLong = lifetimeRejection(payload, this.maxTokenAgeSeconds);
    if (tooLong) {
      throw invalidBearerToken(tooLong, `exp - iat exceeds ${this.maxTokenAgeSeconds} seconds`);
    }
    const user = userFromClaims(payload);
    if (typeof user === 'string') throw invalidBearerToken('claimsUnusable', user);
    return user;
  }

  private async verifiedPayload(token: string): Promise<JWTPayload> {
    const alg = algorithmOf(token);
    try {
      if (alg === 'HS256' && this.secret) {
        return (await jwtVerify(token, this.secret, { ...this.options, algorithms: ['HS256'] }))
          .payload;
      }
      if (alg === 'RS256' && this.jwks) {
        return (await jwtVerify(token, this.jwks, { ...this.options, algorithms: ['RS256'] }))
          .payload;
      }
    } catch (error) {
      throw invalidBearerToken(rejectionOfVerifyError(error), (error as Error).message);
    }
    throw invalidBearerToken('algorithmNotAccepted', `tokens signed with ${alg} are not accepted`);
  }
}

function algorithmOf(token: string): string {
  try {
    return decodeProtectedHeader(token).alg ?? 'none';
  } catch {
    throw invalidBearerToken('malformed', 'the bearer token is not a JWS');
  }
}
