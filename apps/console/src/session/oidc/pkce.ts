import { base64UrlEncode } from './base64url';

/**
 * A random value for state, nonce or the PKCE code verifier: 32 bytes give
 * 43 base64url characters, the shortest verifier RFC 7636 §4.1 allows.
 */
export function randomUrlSafeToken(): string {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier (RFC 7636 §4.2): base64url(SHA-256(verifier)). */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}
