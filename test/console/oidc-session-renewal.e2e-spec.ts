import { type BrowserContext, type Page } from 'playwright-core';
import { useEnvironment } from '../api/support/e2e-env';
import { eventually } from '../api/support/http';
import {
  type ConsoleHarness,
  DESKTOP,
  describeInBrowser,
  startConsoleHarness,
  TIME_ZONE,
} from './support/console-harness';
import {
  apiAuthEnvironment,
  reserveOidcProvider,
  startOidcProvider,
  WITHOUT_REFRESH_TOKEN,
} from './support/oidc-provider';

const address = await reserveOidcProvider();
// Short enough to outlive within a test, long enough to sign in with.
const ACCESS_TOKEN_SECONDS = 10;
const SIGN_IN = { name: 'Sign in with your organisation' };
const SESSION_EXPIRED = 'Your session has expired. Sign in again to carry on where you were.';

/** The access token in this tab's session (an expression: tests have no DOM types). */
async function storedToken(page: Page): Promise<string | undefined> {
  const raw = await page.evaluate<string | null>(
    "sessionStorage.getItem('recovery.console.session')",
  );
  return raw ? (JSON.parse(raw) as { token: string }).token : undefined;
}

/** The `exp` claim of a JWT access token, in epoch seconds. */
function expiryOf(token: string | undefined): number {
  const payload = Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString();
  return (JSON.parse(payload) as { exp: number }).exp;
}

describeInBrowser('an organisation session outliving its access token (production)', () => {
  useEnvironment({ NODE_ENV: 'production', ...apiAuthEnvironment(address) });
  let harness: ConsoleHarness;
  let provider: { close(): Promise<void> };

  beforeAll(async () => {
    harness = await startConsoleHarness();
    provider = await startOidcProvider(address, harness.baseUrl, ACCESS_TOKEN_SECONDS);
  });
  afterAll(async () => {
    await provider?.close();
    await harness?.close();
  });

  async function signedIn(login: string, path = '/console'): Promise<Page> {
    const context: BrowserContext = await harness.browser.newContext({
      timezoneId: TIME_ZONE,
      locale: 'en-GB',
      viewport: DESKTOP,
    });
    await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}${path}`);
    await page.getByRole('button', SIGN_IN).click();
    await page.waitForURL((url) => url.origin === address.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password will do');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    return page;
  }

  it('renews the access token before it expires: the person stays signed in, and the live stream, ended at the old token’s expiry, comes back with the new one', async () => {
    const page = await signedIn('fatima.frontline');
    const streamTokens: string[] = [];
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname === '/v1/stream') {
        streamTokens.push(sent.headers().authorization ?? '');
      }
    });
    await page.getByText('Live', { exact: true }).waitFor();
    const first = await storedToken(page);

    await eventually(async () => {
      expect(await storedToken(page)).not.toBe(first);
    }, ACCESS_TOKEN_SECONDS * 1000);
    const renewed = await storedToken(page);
    await eventually(() => {
      expect(streamTokens).toContain(`Bearer ${renewed}`);
      return Promise.resolve();
    }, ACCESS_TOKEN_SECONDS * 1000);
    expect(Date.now()).toBeGreaterThanOrEqual(expiryOf(first) * 1000);

    // Past the first token's expiry, a call made now is answered, without the sign-in page.
    const queue = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/v1/incidents',
    );
    await page.getByLabel('Severity').selectOption('high');
    expect((await queue).status()).toBe(200);
    await page.getByText('Live', { exact: true }).waitFor();
    await expect(page.getByRole('button', SIGN_IN).count()).resolves.toBe(0);
    await page.context().close();
  }, 60_000);

  it('says the session expired, at the address the person was on, when the provider grants no refresh token; signing in again returns there', async () => {
    const page = await signedIn(WITHOUT_REFRESH_TOKEN);
    await page.goto(`${harness.baseUrl}/console?severity=high`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    await page
      .getByRole('alert')
      .filter({ hasText: SESSION_EXPIRED })
      .waitFor({ timeout: ACCESS_TOKEN_SECONDS * 1000 + 5_000 });
    expect(new URL(page.url()).search).toBe('?severity=high');

    // The provider still knows the person: no login, straight back to the same view.
    await page.getByRole('button', SIGN_IN).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(new URL(page.url()).search).toBe('?severity=high');
    await page.context().close();
  }, 60_000);
});
