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
}

const KEY = 'recovery.console.session';
const listeners = new Set<() => void>();
let current: StoredSession | null = read();

function read(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as StoredSession) : null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
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

export function startSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  current = session;
  changed();
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
  current = null;
  changed();
}

/** For useSyncExternalStore. */
export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
