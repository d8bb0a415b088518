import { randomBytes } from 'node:crypto';
import { type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Account, errors, type Token } from 'oidc-provider';
import { freePort } from '@recovery/local-infra';
import { type Person } from './console-harness';

/** The people who can sign in at the test provider, by login (their subject). */
export const OIDC_ACCOUNTS: Record<string, Person> = {
  'fatima.frontline': { name: 'Fatima Frontline', role: 'frontline', sites: ['AMS'] },
  'nina.norenewal': { name: 'Nina Norenewal', role: 'frontline', sites: ['AMS'] },
};

/** The one person the provider grants no refresh token: her session ends with her access token. */
export const WITHOUT_REFRESH_TOKEN = 'nina.norenewal';

/**
 * Where the provider will listen, known before it starts: the API reads its
 * issuer at boot, while the provider needs the console's origin, known only
 * once the API listens.
 */
export interface OidcProviderAddress {
  port: number;
  issuer: string;
  clientId: string;
  /** The API's resource indicator: the audience of its JWT access tokens. */
  audience: string;
  jwksUri: string;
}

export async function reserveOidcProvider(): Promise<OidcProviderAddress> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  return {
    port,
    issuer,
    clientId: 'recovery-console',
    audience: 'https://recovery-api.test',
    jwksUri: `${issuer}/jwks`,
  };
}

/** The API's environment for verifying this provider's tokens (set before the API boots). */
export function apiAuthEnvironment(address: OidcProviderAddress): Record<string, string> {
  return {
    AUTH_ISSUER: address.issuer,
    AUTH_CLIENT_ID: address.clientId,
    AUTH_JWKS_URL: address.jwksUri,
    AUTH_AUDIENCE: address.audience,
  };
}

/**
 * A real OpenID Provider (panva's oidc-provider) on the reserved port: one
 * public client, the console, with PKCE required and CORS for its origin; RS256
 * JWT access tokens for the API's audience carrying role, sites and name from
 * OIDC_ACCOUNTS, valid `accessTokenSeconds`; refresh tokens that last the
 * provider session (without offline_access, as many providers grant a browser
 * app), except to WITHOUT_REFRESH_TOKEN; the built-in development login and
 * consent pages (any password).
 */
export async function startOidcProvider(
  address: OidcProviderAddress,
  consoleOrigin: string,
  accessTokenSeconds = 3600,
): Promise<{ close(): Promise<void> }> {
  const provider = new Provider(address.issuer, {
    clients: [
      {
        client_id: address.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${consoleOrigin}/console/`],
        post_logout_redirect_uris: [`${consoleOrigin}/console/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    clientBasedCORS: (_ctx, origin, client) =>
      client.clientId === address.clientId && origin === consoleOrigin,
    pkce: { required: () => true },
    issueRefreshToken: (_ctx, client, code) =>
      Promise.resolve(
        client.grantTypeAllowed('refresh_token') && code.accountId !== WITHOUT_REFRESH_TOKEN,
      ),
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The console asks for no resource: every token it gets is for the API.
        defaultResource: () => address.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => {
          if (resource !== address.audience) throw new errors.InvalidTarget();
          return apiResourceServer(address.audience, accessTokenSeconds);
        },
      },
    },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, id) => Promise.resolve(accountOf(id)),
    extraTokenClaims: (_ctx, token) => Promise.resolve(accessTokenClaims(token)),
    jwks: { keys: [await signingKey()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // Lifetimes of a test run; stated so the provider does not warn about its defaults.
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: accessTokenSeconds,
      IdToken: 3600,
      RefreshToken: 3600,
    },
  });
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = provider.listen(address.port, '127.0.0.1', () => resolve(listening));
  });
  return {
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function apiResourceServer(audience: string, accessTokenSeconds: number) {
  return {
    scope: 'api',
    audience,
    accessTokenFormat: 'jwt' as const,
    accessTokenTTL: accessTokenSeconds,
    jwt: { sign: { alg: 'RS256' } },
  };
}

function accountOf(id: string): Account | undefined {
  const person = OIDC_ACCOUNTS[id];
  if (!person) return undefined;
  return { accountId: id, claims: () => ({ sub: id, name: person.name }) };
}

// The claims the API's token verifier requires (token-claims.util.ts), on access tokens only.
function accessTokenClaims(token: Token): Record<string, unknown> | undefined {
  const person = token.kind === 'AccessToken' && token.accountId && OIDC_ACCOUNTS[token.accountId];
  if (!person) return undefined;
  return { name: person.name, role: person.role, sites: person.sites };
}

async function signingKey(): Promise<Record<string, unknown>> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-provider' };
}
