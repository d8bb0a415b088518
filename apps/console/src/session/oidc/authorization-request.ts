/** What the console asks for: an id token (openid) with the person's name (profile). */
export const SIGN_IN_SCOPE = 'openid profile';

/**
 * Where the provider sends the browser back: the console's root, which every
 * /console path serves, so the sign-in page completes the round trip there.
 */
export function consoleRedirectUri(origin: string): string {
  return `${origin}/console/`;
}

export interface AuthorizationRequest {
  authorizationEndpoint: string;
  clientId: string;
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

/** The authorization code request with PKCE S256 (OpenID Connect Core §3.1.2.1, RFC 7636 §4.3). */
export function authorizationUrl(request: AuthorizationRequest): string {
  const url = new URL(request.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('scope', SIGN_IN_SCOPE);
  url.searchParams.set('state', request.state);
  url.searchParams.set('nonce', request.nonce);
  url.searchParams.set('code_challenge', request.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}

export interface EndSessionRequest {
  endSessionEndpoint: string;
  clientId: string;
  idTokenHint?: string;
  postLogoutRedirectUri: string;
}

/** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2): ends the session at the provider too. */
export function endSessionUrl(request: EndSessionRequest): string {
  const url = new URL(request.endSessionEndpoint);
  // client_id lets the provider check the redirect even when it no longer knows the id token.
  url.searchParams.set('client_id', request.clientId);
  if (request.idTokenHint) url.searchParams.set('id_token_hint', request.idTokenHint);
  url.searchParams.set('post_logout_redirect_uri', request.postLogoutRedirectUri);
  return url.toString();
}
