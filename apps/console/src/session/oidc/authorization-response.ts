import { OidcSignInError } from './oidc-sign-in-error';
import { type PendingSignIn } from './pending-sign-in';

/** True when the console was opened by the provider's redirect back (a code or an error, with state). */
export function isAuthorizationResponse(params: URLSearchParams): boolean {
  return params.has('state') && (params.has('code') || params.has('error'));
}

/**
 * The authorization code of the provider's answer, once it is shown to answer
 * this tab's request: the state must match (CSRF, OIDC Core §3.1.2.7) and a
 * returned `iss` must be our issuer (mix-up, RFC 9207).
 */
export function codeFromAuthorizationResponse(
  params: URLSearchParams,
  pending: PendingSignIn,
): string {
  if (params.get('state') !== pending.state) {
    throw new OidcSignInError(
      'The answer from the sign-in service does not belong to this tab’s request. Sign in again.',
    );
  }
  const issuer = params.get('iss');
  if (issuer !== null && issuer !== pending.issuer) {
    throw new OidcSignInError(
      `The answer came from ${issuer}, not from ${pending.issuer}. Sign in again.`,
    );
  }
  const error = params.get('error');
  if (error !== null)
    throw new OidcSignInError(refusalMessage(error, params.get('error_description')));
  const code = params.get('code');
  if (!code)
    throw new OidcSignInError('The sign-in service sent no authorization code. Sign in again.');
  return code;
}

function refusalMessage(error: string, description: string | null): string {
  const reason = description ? `: ${description}` : '';
  if (error === 'access_denied') {
    return `Sign-in was cancelled or refused at your organisation’s sign-in service${reason}.`;
  }
  return `Your organisation’s sign-in service refused the sign-in (${error})${reason}.`;
}

// The members RFC 6749 §4.1.2, RFC 9207 and OIDC Session Management add to the redirect.
const RESPONSE_PARAMETERS = [
  'code',
  'state',
  'iss',
  'session_state',
  'error',
  'error_description',
  'error_uri',
];

/** The path and query of `href` without the provider's answer, so a reload or bookmark never replays it. */
export function withoutAuthorizationResponse(href: string): string {
  const url = new URL(href);
  for (const name of RESPONSE_PARAMETERS) url.searchParams.delete(name);
  return `${url.pathname}${url.search}${url.hash}`;
}
