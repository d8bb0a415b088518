import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import { type AppConfig } from '@recovery/config';
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

  const verifier = () =>
    new TokenVerifier({
      auth: {
        usingDevelopmentSecret: false,
        jwksUrl,
        issuer: 'https://idp.example',
        audience: 'recovery-api',
      },
    } as AppConfig);

  const sign = (key: PrivateKey | Uint8Array, alg: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ role: 'supervisor', sites: ['AMS'], ...claims })
      .setProtectedHeader({ alg, kid: 'k1' })
      .setSubject('alice')
      .setIssuer('https://idp.example')
      .setAudience('recovery-api')
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
      /invalid token/,
    );
    const wrongAudience = await new SignJWT({ role: 'supervisor', sites: ['AMS'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('alice')
      .setIssuer('https://idp.example')
      .setAudience('someone-else')
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(verifier().verify(wrongAudience)).rejects.toThrow(/invalid token/);
    await expect(
      verifier().verify(await sign(new TextEncoder().encode('x'.repeat(32)), 'HS256')),
    ).rejects.toThrow(/HS256 are not accepted/);
  });
});
