import { type SignInOptions } from '../../api/session-types';
import { startSession } from '../session-store';
import { authorizationUrl, consoleRedirectUri } from './authorization-request';
import { codeFromAuthorizationResponse } from './authorization-response';
import { OidcSignInError } from './oidc-sign-in-error';
import { type PendingSignIn, rememberPendingSignIn, takePendingSignIn } from './pending-sign-in';
import { codeChallengeS256, randomUrlSafeToken } from './pkce';
import { discoverProvider } from './provider-metadata';
import { sessionFromTokenResponse, tokenRefusalMessage } from './token-response';

export type OidcOptions = NonNullable<SignInOptions['oidc']>;

/** Sends the browser to the organisation's sign-in page (authorization code flow with PKCE). */
export async function beginOidcSignIn({ issuer, clientId }: OidcOptions): Promise<void> {
  const provider = await discoverProvider(issuer);
  const pending: PendingSignIn = {
    state: randomUrlSafeToken(),
    nonce: randomUrlSafeToken(),
    codeVerifier: randomUrlSafeToken(),
    issuer,
    clientId,
    tokenEndpoint: provider.tokenEndpoint,
    redirectUri: consoleRedirectUri(window.location.origin),
    returnTo: `${window.location.pathname}${window.location.search}${window.location.hash}`,
  };
  rememberPendingSignIn(sessionStorage, pending);
  window.location.assign(
    authorizationUrl({
      authorizationEndpoint: provider.authorizationEndpoint,
      clientId,
      redirectUri: pending.redirectUri,
      state: pending.state,
      nonce: pending.nonce,
      codeChallenge: await codeChallengeS256(pending.codeVerifier),
    }),
  );
}

// An authorization code is good for one exchange; React may run the effect that asks twice.
let completion: Promise<string> | undefined;

/**
 * Completes the sign-in the provider answered in `answer` (the console URL's
 * query): checks it, exchanges the code, starts the session. Resolves to the
 * console path the person started from.
 */
export function completeOidcSignIn(answer: URLSearchParams): Promise<string> {
  completion ??= exchangeCode(answer);
  return completion;
}

async function exchangeCode(answer: URLSearchParams): Promise<string> {
  const pending = takePendingSignIn(sessionStorage);
  const code = codeFromAuthorizationResponse(answer, pending);
  const { tokenEndpoint, clientId, redirectUri, codeVerifier } = pending;
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    // A public client: PKCE's verifier, not a secret, proves this is the tab that asked.
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: codeVerifier,
    }),
  }).catch(() => {
    throw new OidcSignInError(
      'Your organisation’s sign-in service cannot be reached. Sign in again.',
    );
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new OidcSignInError(tokenRefusalMessage(response.status, body));
  startSession(sessionFromTokenResponse(body, pending, Date.now()));
  return pending.returnTo;
}
