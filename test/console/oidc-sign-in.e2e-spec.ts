import { type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import { useEnvironment } from '../api/support/e2e-env';
import {
  type ConsoleHarness,
  DESKTOP,
  describeInBrowser,
  expectAccessible,
  startConsoleHarness,
  TIME_ZONE,
} from './support/console-harness';
import {
  apiAuthEnvironment,
  reserveOidcProvider,
  startOidcProvider,
} from './support/oidc-provider';

const address = await reserveOidcProvider();
const SIGN_IN = { name: 'Sign in with your organisation' };
const JWT = /eyJ[\w-]+\.[\w-]+\./;

/** The redirect lands on /console/; the queue may then write its own (empty) filters as /console. */
function expectConsoleRootWithoutQuery(page: Page): void {
  const { pathname, search } = new URL(page.url());
  expect({ pathname: pathname.replace(/\/$/, ''), search }).toEqual({
    pathname: '/console',
    search: '',
  });
}

/** The console's session record in this tab's sessionStorage (an expression: tests have no DOM types). */
function storedSession(page: Page): Promise<string | null> {
  return page.evaluate<string | null>("sessionStorage.getItem('recovery.console.session')");
}

/** The provider's built-in development login (any password) and consent pages. */
async function logInAtProvider(page: Page, login: string): Promise<void> {
  await page.waitForURL((url) => url.origin === address.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password will do');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describeInBrowser('signing in with the organisation’s identity provider (production)', () => {
  useEnvironment({ NODE_ENV: 'production', ...apiAuthEnvironment(address) });
  let harness: ConsoleHarness;
  let provider: { close(): Promise<void> };

  beforeAll(async () => {
    harness = await startConsoleHarness();
    provider = await startOidcProvider(address, harness.baseUrl);
  });
  afterAll(async () => {
    await provider?.close();
    await harness?.close();
  });

  async function newContext(): Promise<BrowserContext> {
    const context = await harness.browser.newContext({
      timezoneId: TIME_ZONE,
      locale: 'en-GB',
      viewport: DESKTOP,
    });
    // The provider's development pages import a web font; tests never reach the internet.
    await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
    return context;
  }

  it('has no development sign-in in production, only the identity provider', async () => {
    await request(harness.api.server)
      .post('/v1/auth/development-token')
      .send({ name: 'Mallory', role: 'admin', sites: ['*'] })
      .expect(404);
    const options = await request(harness.api.server).get('/v1/auth/config').expect(200);
    expect(options.body).toEqual({
      developmentSignIn: false,
      oidc: { issuer: address.issuer, clientId: address.clientId },
    });
  });

  it('signs a frontline user of AMS in at the provider, keeps the token out of localStorage, and signs out there too', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/console`);
    await page.getByRole('button', SIGN_IN).waitFor();
    await expect(page.getByLabel('Name').count()).resolves.toBe(0);
    await expectAccessible(page);

    const queueLoaded = page.waitForResponse(
      (response) => response.url().includes('/v1/incidents') && response.status() === 200,
    );
    await page.getByRole('button', SIGN_IN).click();
    await logInAtProvider(page, 'fatima.frontline');

    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect(page.getByLabel('Signed in as').textContent()).resolves.toBe(
      'Fatima Frontline · frontline · AMS',
    );
    await queueLoaded;
    await page.getByText(/incidents, nearest breach first$/).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    // Back on the queue, without the provider's answer (code, state) in the address bar.
    expectConsoleRootWithoutQuery(page);

    const { token } = JSON.parse((await storedSession(page)) ?? '{}') as { token?: string };
    // A JWT for the API (its audience), carrying the claims the API authorises with.
    const claims = JSON.parse(
      Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString(),
    ) as unknown;
    expect(claims).toMatchObject({
      iss: address.issuer,
      aud: address.audience,
      sub: 'fatima.frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    const local = (await context.storageState()).origins.flatMap((origin) =>
      origin.localStorage.map((item) => item.value),
    );
    expect(local.filter((value) => value.includes(token!) || JWT.test(value))).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === address.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('button', SIGN_IN).waitFor();
    expect(new URL(page.url()).origin).toBe(harness.baseUrl);
    await expect(storedSession(page)).resolves.toBeNull();

    // The provider's session ended too: signing in again asks for the login.
    await page.getByRole('button', SIGN_IN).click();
    await page.locator('input[name="login"]').waitFor();
    await context.close();
  });

  it('says so in words when the person cancels at the provider, and can start again', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/console`);
    await page.getByRole('button', SIGN_IN).click();
    await page.waitForURL((url) => url.origin === address.issuer);
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Sign-in was cancelled or refused at your organisation’s sign-in service: End-User aborted interaction.',
    );
    expectConsoleRootWithoutQuery(page);
    await expectAccessible(page);
    await page.getByRole('button', SIGN_IN).click();
    await page.locator('input[name="login"]').waitFor();
    await context.close();
  });

  it('says why when the provider’s answer does not belong to this tab', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/console/?code=stolen&state=forged`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/not started in this tab/);
    expect(page.url()).toBe(`${harness.baseUrl}/console/`);
    await page.getByRole('button', SIGN_IN).waitFor();
    await context.close();
  });
});
