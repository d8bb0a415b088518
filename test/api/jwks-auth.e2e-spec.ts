import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import { type AppConfig, toAuthConfig, validateEnvironment } from '@recovery/config';
import { TokenVerifier } from '../../apps/api/src/auth/token-verifier.service';

/** Production auth: RS256 tokens verified against an identity provider's JWKS over HTTP. */
describe('RS256 bearer tokens via JWKS', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: PrivateKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // The auth configuration as the API builds it, so the default maximum age and skew apply.
  const verifier = () =>
    new TokenVerifier({
      auth: toAuthConfig(
        validateEnvironment({
          AUTH_JWKS_URL: jwksUrl,
          AUTH_ISSUER: 'https://idp.example',
          AUTH_AUDIENCE: 'recovery-api',
        }),
      ),
    } as AppConfig);

  const sign = (key: PrivateKey | Uint8Array, alg: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ role: 'supervisor', sites: ['AMS'], ...claims })
      .setProtectedHeader({ alg, kid: 'k1' })
      .setSubject('alice')
      .setIssuer('https://idp.example')
      .setAudience('recovery-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed by the identity provider', async () => {
    await expect(verifier().verify(await sign(privateKey, 'RS256'))).resolves.toMatchObject({
      sub: 'alice',
      role: 'supervisor',
      sites: ['AMS'],
    });
  });

  it('refuses a token signed by another key, for another audience, or HS256 when only JWKS is configured', async () => {
    const other = await generateKeyPair('RS256');
    await expect(verifier().verify(await sign(other.privateKey, 'RS256'))).rejects.toThrow(
      /token signature invalid/,
    );
    const wrongAudience = await new SignJWT({ role: 'supervisor', sites: ['AMS'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('alice')
      .setIssuer('https://idp.example')
      .setAudience('someone-else')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(verifier().verify(wrongAudience)).rejects.toThrow(/token audience not accepted/);
    await expect(
      verifier().verify(await sign(new TextEncoder().encode('x'.repeat(32)), 'HS256')),
    ).rejects.toThrow(/HS256 are not accepted/);
  });

  const hoursAgo = (hours: number) => Math.floor(Date.now() / 1000) - hours * 3600;

  it.each<[string, Record<string, unknown>, string]>([
    ['without exp', { exp: undefined }, 'token has no exp claim'],
    ['without iat', { iat: undefined }, 'token has no iat claim, so its age is unknown'],
    [
      '13 hours old (the default maximum age is 12)',
      { iat: hoursAgo(13), exp: hoursAgo(-1) },
      'token is older than the maximum age',
    ],
    [
      'issued an hour from now',
      { iat: hoursAgo(-1), exp: hoursAgo(-2) },
      'token issued in the future',
    ],
    [
      'issued now for ten years',
      { iat: hoursAgo(0), exp: hoursAgo(-24 * 3650) },
      'token lifetime exceeds the maximum age',
    ],
  ])(
    'refuses an identity provider token %s, naming the rule in the challenge',
    async (_case, times, description) => {
      const token = await new SignJWT({
        role: 'supervisor',
        sites: ['AMS'],
        iat: hoursAgo(0),
        exp: hoursAgo(-1),
        ...times,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('alice')
        .setIssuer('https://idp.example')
        .setAudience('recovery-api')
        .sign(privateKey);
      await expect(verifier().verify(token)).rejects.toMatchObject({
        challenge: `Bearer realm="service-recovery", error="invalid_token", error_description="${description}"`,
      });
    },
  );
});
