import { existsSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type UserRole } from '../../../apps/api/src/auth/access-matrix';
import { type ApiHarness, startApiHarness } from '../../api/support/api-test-harness';

/** Debian's Chromium (`apt-get install chromium`); browsers are never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Every browser test sees the same zone, so times on screen are predictable. */
export const TIME_ZONE = 'Europe/Amsterdam';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

const BUILT_CONSOLE = resolve(import.meta.dirname, '../../../dist/console/index.html');

/**
 * `describe` for browser suites. Without Chromium the suite is skipped, and
 * says so loudly with the fix: CI installs Chromium, so it always runs there.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM_PATH)) return describe(name, suite);
  console.warn(
    `\n*** BROWSER SUITE SKIPPED: "${name}" needs Chromium at ${CHROMIUM_PATH}.\n` +
      '*** Install it with `apt-get install chromium` (or set CHROMIUM_PATH); .ci/run does.\n',
  );
  describe.skip(name, suite);
}

export interface Person {
  name: string;
  role: UserRole;
  sites: string[];
}

/** The real API (serving the built console) and worker on a port, and a browser. */
export interface ConsoleHarness {
  api: ApiHarness;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (its own session) signed in through the development sign-in form. */
  signIn(person: Person, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startConsoleHarness(): Promise<ConsoleHarness> {
  if (!existsSync(BUILT_CONSOLE)) {
    throw new Error(`${BUILT_CONSOLE} is missing: run \`npm run build\` first`);
  }
  const api = await startApiHarness();
  await api.app.listen(0, '127.0.0.1');
  const { port } = api.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  return {
    api,
    baseUrl,
    browser,
    signIn: async (person, viewport = DESKTOP) => {
      const context = await browser.newContext({
        timezoneId: TIME_ZONE,
        locale: 'en-GB',
        viewport,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/console`);
      await page.getByLabel('Name').fill(person.name);
      await page.getByLabel('Role').selectOption(person.role);
      await page.getByLabel('Sites').fill(person.sites.join(', '));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      return page;
    },
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}

/** Runs axe on the page as it is now; serious and critical violations fail the test. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(blocking).toEqual([]);
}
