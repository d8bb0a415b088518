import { base64UrlDecodeText } from './base64url';

/**
 * The claims of a JWT, read without checking its signature: only for tokens
 * received straight from the provider's token endpoint over TLS, which OIDC
 * Core §3.1.3.7 lets a client trust without validating the signature.
 */
export function unverifiedJwtPayload(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const claims: unknown = JSON.parse(base64UrlDecodeText(payload));
  if (typeof claims !== 'object' || claims === null)
    throw new Error('JWT payload is not an object');
  return claims as Record<string, unknown>;
}
