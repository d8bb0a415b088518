import { useEffect } from 'react';
import { renewSession } from './oidc/session-renewal';
import { endSession, type StoredSession } from './session-store';

// Renewal starts this long before expiry at most; a short-lived token renews at four fifths of its life.
const RENEW_AHEAD_MS = 60_000;
// A renewal that failed (provider unreachable) is tried again this much later, until expiry.
const RETRY_MS = 5_000;

/** How long from now to renew a token that expires in `expiresInMs`. */
export function renewalDelayMs(expiresInMs: number): number {
  return Math.max(expiresInMs - Math.min(RENEW_AHEAD_MS, expiresInMs / 5), 0);
}

/**
 * Keeps the session alive while its provider lets it: renews the access token ahead
 * of its expiry when there is a refresh token, and otherwise ends the session as
 * expired at that moment, so the sign-in page says why (at the same address) rather
 * than a call failing half-way.
 */
export function useSessionLifetime(session: StoredSession | null): void {
  useEffect(() => {
    if (!session) return;
    let replaced = false;
    const expiresInMs = Date.parse(session.expiresAt) - Date.now();
    const timers = [window.setTimeout(() => endSession('expired'), expiresInMs)];
    if (session.renewal) {
      const attempt = () =>
        void renewSession().then((renewed) => {
          if (!renewed && !replaced) timers.push(window.setTimeout(attempt, RETRY_MS));
        });
      timers.push(window.setTimeout(attempt, renewalDelayMs(expiresInMs)));
    }
    return () => {
      replaced = true;
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [session]);
}
