// The part of panva's oidc-provider (untyped JavaScript) that the test provider uses.
declare module 'oidc-provider' {
  import { type Server } from 'node:http';

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Record<string, unknown>;
  }

  export interface ResourceServer {
    scope: string;
    audience: string;
    accessTokenFormat: 'jwt' | 'opaque';
    accessTokenTTL?: number;
    jwt?: { sign?: { alg: string } };
  }

  export interface Token {
    kind: string;
    accountId?: string;
  }

  export interface Configuration {
    clients: Record<string, unknown>[];
    clientBasedCORS(ctx: unknown, origin: string, client: { clientId: string }): boolean;
    pkce?: { required(ctx: unknown, client: unknown): boolean };
    issueRefreshToken?(
      ctx: unknown,
      client: { grantTypeAllowed(grant: string): boolean },
      code: { accountId?: string },
    ): Promise<boolean>;
    features?: Record<string, Record<string, unknown>>;
    claims?: Record<string, string[]>;
    scopes?: string[];
    findAccount(ctx: unknown, id: string): Promise<Account | undefined>;
    extraTokenClaims?(ctx: unknown, token: Token): Promise<Record<string, unknown> | undefined>;
    jwks: { keys: Record<string, unknown>[] };
    cookies?: { keys: string[] };
    ttl?: Record<string, number>;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    listen(port: number, host: string, ready: () => void): Server;
  }

  export const errors: { InvalidTarget: new (description?: string) => Error };
  export default Provider;
}
