import { OidcSignInError } from './oidc-sign-in-error';

/** The parts of an OpenID Provider's discovery document the console uses. */
export interface ProviderMetadata {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** RP-initiated logout; absent when the provider does not offer it. */
  endSessionEndpoint?: string;
}

/** Where OpenID Connect Discovery 1.0 §4 puts the document of `issuer`. */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

/**
 * The metadata in a discovery document, refused unless it names `issuer`
 * itself (Discovery §4.3: otherwise another provider could answer for it).
 */
export function providerMetadataFrom(issuer: string, document: unknown): ProviderMetadata {
  const fields = (document ?? {}) as Record<string, unknown>;
  if (fields.issuer !== issuer) {
    throw new OidcSignInError(
      `The identity provider at ${issuer} describes itself as ${String(fields.issuer)}: check AUTH_ISSUER.`,
    );
  }
  const authorizationEndpoint = fields.authorization_endpoint;
  const tokenEndpoint = fields.token_endpoint;
  if (typeof authorizationEndpoint !== 'string' || typeof tokenEndpoint !== 'string') {
    throw new OidcSignInError(
      `The identity provider at ${issuer} names no authorization or token endpoint.`,
    );
  }
  const endSession = fields.end_session_endpoint;
  return {
    issuer,
    authorizationEndpoint,
    tokenEndpoint,
    ...(typeof endSession === 'string' ? { endSessionEndpoint: endSession } : {}),
  };
}

/** Fetches and checks the discovery document of `issuer`. */
export async function discoverProvider(issuer: string): Promise<ProviderMetadata> {
  let response: Response;
  try {
    response = await fetch(discoveryUrl(issuer), { headers: { accept: 'application/json' } });
  } catch {
    throw new OidcSignInError(
      `Your organisation's sign-in service (${issuer}) cannot be reached. Try again in a moment.`,
    );
  }
  if (!response.ok) {
    throw new OidcSignInError(
      `Your organisation's sign-in service (${issuer}) answered ${response.status} for its discovery document.`,
    );
  }
  return providerMetadataFrom(issuer, await response.json());
}
