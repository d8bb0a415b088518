import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type Person } from './console-api';

/** Debian's Chromium, as the browser tests use it; browsers are never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The browser tests' zone and sizes, so screenshots show what the tests see. */
export const TIME_ZONE = 'Europe/Amsterdam';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
}

/**
 * A fresh browser context (its own session) signed in as `person` through the
 * console's development sign-in form, waiting until the console's frame shows.
 */
export async function signIn(
  browser: Browser,
  consoleUrl: string,
  person: Person,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: TIME_ZONE,
    locale: 'en-GB',
    viewport: DESKTOP,
    ...options,
  });
  const page = await context.newPage();
  await page.goto(consoleUrl);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Role').selectOption(person.role);
  await page.getByLabel('Sites').fill(person.sites.join(', '));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}
