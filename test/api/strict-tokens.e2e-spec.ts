import { SignJWT } from 'jose';
import request from 'supertest';
import { AppConfig } from '@recovery/config';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';

const MAX_AGE_SECONDS = 3600;
const TEN_YEARS_SECONDS = 10 * 365 * 86_400;

/**
 * Issue 14, item 4: `exp` required, a maximum age, no token from the future beyond
 * the clock skew, and a 401 whose challenge says which rule refused the token. The
 * API runs with a one-hour maximum age, shorter than the 12-hour default, so a
 * two-hour-old token shows the configured bound is the one applied.
 */
describe('strict bearer tokens', () => {
  useEnvironment({
    AUTH_MAX_TOKEN_AGE_SECONDS: String(MAX_AGE_SECONDS),
    AUTH_CLOCK_SKEW_SECONDS: '60',
  });
  let harness: ApiHarness;
  let secret: Uint8Array;

  beforeAll(async () => {
    harness = await startApiHarness();
    secret = new TextEncoder().encode(harness.app.get(AppConfig).auth.jwtSecret);
  });
  afterAll(() => harness?.close());

  const now = () => Math.floor(Date.now() / 1000);
  const signed = (times: { iat?: number; exp?: number; nbf?: number }) =>
    new SignJWT({ sub: 'strict-tokens', role: 'frontline', sites: ['AMS'], ...times })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(secret);
  const me = (token: string) =>
    request(harness.server).get('/v1/me').set('Authorization', `Bearer ${token}`);

  async function expectRefused(token: string, description: string, detail: RegExp) {
    const response = await me(token);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      `Bearer realm="service-recovery", error="invalid_token", error_description="${description}"`,
    );
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((response.body as { detail: string }).detail).toMatch(detail);
  }

  it('accepts a token issued now that expires within the maximum age', async () => {
    expect((await me(await signed({ iat: now(), exp: now() + 600 }))).status).toBe(200);
  });

  it('refuses a token without exp, saying so', async () => {
    await expectRefused(
      await signed({ iat: now() }),
      'token has no exp claim',
      /missing required "exp" claim/,
    );
  });

  it('refuses a token without iat: its age is unknown', async () => {
    await expectRefused(
      await signed({ exp: now() + 600 }),
      'token has no iat claim, so its age is unknown',
      /missing required "iat" claim/,
    );
  });

  it('refuses a token whose exp passed more than the clock skew ago', async () => {
    await expectRefused(
      await signed({ iat: now() - 600, exp: now() - 120 }),
      'token expired',
      /"exp" claim timestamp check failed/,
    );
  });

  it('accepts a token whose exp passed within the clock skew', async () => {
    expect((await me(await signed({ iat: now() - 600, exp: now() - 20 }))).status).toBe(200);
  });

  it('refuses a token issued further in the future than the clock skew', async () => {
    await expectRefused(
      await signed({ iat: now() + 300, exp: now() + 900 }),
      'token issued in the future',
      /"iat" claim timestamp check failed \(it should be in the past\)/,
    );
  });

  it('accepts a token issued in the future within the clock skew (an issuer clock ahead of ours)', async () => {
    expect((await me(await signed({ iat: now() + 30, exp: now() + 600 }))).status).toBe(200);
  });

  it('refuses a token not valid before a time beyond the clock skew', async () => {
    await expectRefused(
      await signed({ iat: now(), nbf: now() + 300, exp: now() + 900 }),
      'token not yet valid',
      /"nbf" claim timestamp check failed/,
    );
  });

  it('refuses a token older than the configured maximum age, though younger than the 12-hour default', async () => {
    await expectRefused(
      await signed({ iat: now() - 2 * 3600, exp: now() + 600 }),
      'token is older than the maximum age',
      /"iat" claim timestamp check failed \(too far in the past\)/,
    );
  });

  it('refuses a token issued now to live ten years, longer than the maximum age', async () => {
    await expectRefused(
      await signed({ iat: now(), exp: now() + TEN_YEARS_SECONDS }),
      'token lifetime exceeds the maximum age',
      new RegExp(`exceeds ${MAX_AGE_SECONDS} seconds`),
    );
  });

  it('accepts a development token that lives exactly the maximum age', async () => {
    expect((await me(await harness.token('frontline', { expiresIn: '1h' }))).status).toBe(200);
  });

  it('issues development sign-in tokens no longer than the maximum age, which the API accepts', async () => {
    const before = Date.now();
    const issued = await request(harness.server)
      .post('/v1/auth/development-token')
      .send({ name: 'Sam Short', role: 'frontline', sites: ['AMS'] });
    expect(issued.status).toBe(201);
    const { token, expiresAt } = issued.body as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt)).toBeLessThanOrEqual(Date.now() + MAX_AGE_SECONDS * 1000);
    expect(Date.parse(expiresAt)).toBeGreaterThanOrEqual(before + MAX_AGE_SECONDS * 1000 - 1000);
    expect((await me(token)).status).toBe(200);
  });
});
