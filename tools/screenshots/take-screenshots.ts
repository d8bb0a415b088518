import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { ConsoleApi } from './console-api';
import { launchChromium, signIn } from './console-browser';
import { startFreshSystem } from './fresh-system';
import { seedShowcase, type Showcase } from './seed-showcase';
import { type Screen, SCREENS } from './showcase-screens';

const OUT_DIR = 'docs/screenshots';
const SETTLE_MS = 750;

/**
 * `npm run screenshots`: boots the whole system on a store of its own, fills it
 * through the public API with a day at the Amsterdam desk, and writes a PNG of
 * every console screen, seen by the person it is for, into docs/screenshots.
 */
async function main(): Promise<void> {
  console.log('[screenshots] starting the system on a fresh store…');
  const system = await startFreshSystem();
  let browser: Browser | undefined;
  try {
    console.log(`[screenshots] seeding ${system.baseUrl} through the API…`);
    const showcase = await seedShowcase(new ConsoleApi(system.baseUrl));
    browser = await launchChromium();
    mkdirSync(OUT_DIR, { recursive: true });
    for (const screen of SCREENS) await capture(browser, system.baseUrl, showcase, screen);
  } finally {
    await browser?.close();
    await system.stop();
  }
}

async function capture(
  browser: Browser,
  baseUrl: string,
  showcase: Showcase,
  screen: Screen,
): Promise<void> {
  const page = await signIn(browser, `${baseUrl}/console`, screen.person, screen.context);
  try {
    await page.goto(`${baseUrl}${screen.path(showcase)}`);
    await screen.ready(page);
    // The last queries settle and their frame is drawn, so no half-filled screen is captured.
    // (Not 'networkidle': the live-update stream keeps a request open for good.)
    await page.waitForTimeout(SETTLE_MS);
    const file = join(OUT_DIR, screen.file);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    console.log(`[screenshots] wrote ${file}`);
  } finally {
    await page.context().close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
