/**
 * The signed-in session of this browser tab. Kept in sessionStorage, never
 * localStorage: it ends with the tab, and other tabs or later visitors of the
 * same browser do not inherit it.
 */
export interface StoredSession {
  token: string;
  /** ISO time after which the token is refused. */
  expiresAt: string;
  method: 'development' | 'oidc';
  /** OIDC only: the id token, as the hint for the provider's end-session endpoint. */
  idToken?: string;
  /** OIDC only, when the provider granted a refresh token: how to renew the access token. */
  renewal?: SessionRenewal;
}

/** What a refresh_token grant (RFC 6749 §6) needs: a public client sends no secret. */
export interface SessionRenewal {
  refreshToken: string;
  tokenEndpoint: string;
  clientId: string;
}

/** Why the last session of this tab ended: the sign-in page says so when it expired. */
export type SessionEnd = 'signed-out' | 'expired';

const KEY = 'recovery.console.session';
const listeners = new Set<() => void>();
let ended: SessionEnd | null = null;
let current: StoredSession | null = read();

function read(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as StoredSession) : null;
    if (session && Date.parse(session.expiresAt) > Date.now()) return session;
    // A reload after the token expired: the sign-in page says why it shows.
    if (session) ended = 'expired';
    return null;
  } catch {
    return null;
  }
}

function changed(): void {
  for (const listener of listeners) listener();
}

export function currentSession(): StoredSession | null {
  return current;
}

/** How the last session ended, while none is running. */
export function sessionEnd(): SessionEnd | null {
  return current ? null : ended;
}

/** Starts a session, or replaces the running one with its renewal. */
export function startSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  current = session;
  ended = null;
  changed();
}

export function endSession(why: SessionEnd = 'signed-out'): void {
  sessionStorage.removeItem(KEY);
  current = null;
  ended = why;
  changed();
}

/** For useSyncExternalStore. */
export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
