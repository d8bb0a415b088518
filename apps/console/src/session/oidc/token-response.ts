import { type SessionRenewal, type StoredSession } from '../session-store';
import { unverifiedJwtPayload } from './jwt-payload';
import { OidcSignInError } from './oidc-sign-in-error';
import { type PendingSignIn } from './pending-sign-in';

/**
 * The console's session from the token endpoint's answer: the access token
 * (for the API, which verifies it) with its expiry, the id token, kept as the
 * hint for signing out, and the refresh token when the provider grants one. The
 * id token must carry this request's nonce (replay, OIDC Core §3.1.3.7) and be
 * issued by our issuer for our client.
 */
export function sessionFromTokenResponse(
  body: unknown,
  pending: PendingSignIn,
  now: number,
): StoredSession {
  const fields = (body ?? {}) as Record<string, unknown>;
  bearerAccessToken(fields);
  const { id_token: idToken } = fields;
  if (typeof idToken !== 'string') {
    throw new OidcSignInError('The sign-in service sent no id token.');
  }
  checkIdToken(idToken, pending);
  const { tokenEndpoint, clientId } = pending;
  const refreshToken = refreshTokenOf(fields);
  return {
    ...accessTokenOf(fields, now),
    method: 'oidc',
    idToken,
    ...(refreshToken && { renewal: { refreshToken, tokenEndpoint, clientId } }),
  };
}

/**
 * The session renewed by a refresh_token grant's answer (RFC 6749 §6): its new
 * access token, and the new refresh token when the provider rotates them. The id
 * token of the sign-in stays the sign-out hint (a hint may have expired).
 */
export function renewedSession(
  body: unknown,
  session: StoredSession & { renewal: SessionRenewal },
  now: number,
): StoredSession {
  const fields = (body ?? {}) as Record<string, unknown>;
  const refreshToken = refreshTokenOf(fields) ?? session.renewal.refreshToken;
  return {
    ...session,
    ...accessTokenOf(fields, now),
    renewal: { ...session.renewal, refreshToken },
  };
}

function accessTokenOf(
  fields: Record<string, unknown>,
  now: number,
): Pick<StoredSession, 'token' | 'expiresAt'> {
  const token = bearerAccessToken(fields);
  const { expires_in: expiresIn } = fields;
  return {
    token,
    expiresAt: new Date(now + lifetimeSeconds(token, expiresIn, now) * 1000).toISOString(),
  };
}

function bearerAccessToken(fields: Record<string, unknown>): string {
  const { access_token: token, token_type: type } = fields;
  if (typeof token !== 'string' || typeof type !== 'string' || type.toLowerCase() !== 'bearer') {
    throw new OidcSignInError('The sign-in service sent no bearer access token.');
  }
  return token;
}

function refreshTokenOf(fields: Record<string, unknown>): string | undefined {
  const { refresh_token: refreshToken } = fields;
  return typeof refreshToken === 'string' && refreshToken !== '' ? refreshToken : undefined;
}

function checkIdToken(idToken: string, pending: PendingSignIn): void {
  const claims = readable(idToken);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== pending.issuer || !audiences.includes(pending.clientId)) {
    throw new OidcSignInError(
      'The id token was not issued to this console by your sign-in service.',
    );
  }
  if (claims.nonce !== pending.nonce) {
    throw new OidcSignInError(
      'The id token does not belong to this sign-in (nonce). Sign in again.',
    );
  }
}

// expires_in is RECOMMENDED, not required (RFC 6749 §5.1); a JWT access token says it too.
function lifetimeSeconds(token: string, expiresIn: unknown, now: number): number {
  if (typeof expiresIn === 'number' && expiresIn > 0) return expiresIn;
  const { exp } = readable(token);
  if (typeof exp === 'number' && exp * 1000 > now) return exp - now / 1000;
  throw new OidcSignInError('The sign-in service did not say when the access token expires.');
}

function readable(jwt: string): Record<string, unknown> {
  try {
    return unverifiedJwtPayload(jwt);
  } catch {
    throw new OidcSignInError('The sign-in service sent a token that is not a readable JWT.');
  }
}

/** Why the token endpoint refused the code, for a person (RFC 6749 §5.2 error members). */
export function tokenRefusalMessage(status: number, body: unknown): string {
  const { error, error_description: description } = (body ?? {}) as Record<string, unknown>;
  const code = typeof error === 'string' ? error : `HTTP ${status}`;
  const reason = typeof description === 'string' ? `: ${description}` : '';
  return `Your organisation’s sign-in service did not accept the sign-in (${code})${reason}. Sign in again.`;
}
