import { currentSession, startSession } from '../session-store';
import { OidcSignInError } from './oidc-sign-in-error';
import { renewedSession } from './token-response';

// Callers at the same moment (the timer, several refused calls) share one grant: a
// rotated refresh token is good for one use only.
let renewing: Promise<boolean> | undefined;

/**
 * Renews the session's access token with its refresh token (RFC 6749 §6). True when
 * the session now holds a fresh token; false when it has no refresh token, the
 * provider cannot be reached, or it refused (its session ended, the token was revoked).
 */
export function renewSession(): Promise<boolean> {
  renewing ??= renew().finally(() => {
    renewing = undefined;
  });
  return renewing;
}

async function renew(): Promise<boolean> {
  const session = currentSession();
  const renewal = session?.renewal;
  if (!session || !renewal) return false;
  const response = await fetch(renewal.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: renewal.refreshToken,
      client_id: renewal.clientId,
    }),
  }).catch(() => undefined);
  if (!response?.ok) return false;
  const body: unknown = await response.json().catch(() => undefined);
  // Signed out while the grant was on its way: nothing to renew any more.
  if (currentSession() !== session) return false;
  try {
    startSession(renewedSession(body, { ...session, renewal }, Date.now()));
  } catch (error) {
    // An answer without a usable access token renews nothing; the session runs out.
    if (error instanceof OidcSignInError) return false;
    throw error;
  }
  return true;
}
