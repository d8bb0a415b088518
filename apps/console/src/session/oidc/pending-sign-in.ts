import { OidcSignInError } from './oidc-sign-in-error';

/**
 * What the console must remember while the browser is away at the provider:
 * the secrets that tie the answer to this tab's request. Kept in
 * sessionStorage, so only this tab can complete it.
 */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  issuer: string;
  clientId: string;
  tokenEndpoint: string;
  redirectUri: string;
  /** The console path the person was on, to return to once signed in. */
  returnTo: string;
}

/** The part of Web Storage used here (sessionStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'recovery.console.oidc-pending';

export function rememberPendingSignIn(store: KeyValueStore, pending: PendingSignIn): void {
  store.setItem(KEY, JSON.stringify(pending));
}

/** The pending sign-in, removed from the store: its state and code verifier are good for one answer only. */
export function takePendingSignIn(store: KeyValueStore): PendingSignIn {
  const raw = store.getItem(KEY);
  store.removeItem(KEY);
  if (!raw) {
    throw new OidcSignInError(
      'This sign-in was not started in this tab, or has already been completed. Sign in again.',
    );
  }
  return JSON.parse(raw) as PendingSignIn;
}
