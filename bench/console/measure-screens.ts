import { type Browser, type Page } from 'playwright-core';
import { ConsoleApi, type Person } from '../../tools/screenshots/console-api';
import { signIn } from '../../tools/screenshots/console-browser';
import { installProbes, queueRowsInDom, timeToQueueShown } from './page-probes';
import { frontlineOfFreshSite, openIncidents } from './queue-seed';
import { type ScrollRun, scrollWholeQueue } from './scroll-queue';

/** The first screen's times over several runs, each in a fresh browser. */
export interface FirstScreen {
  runs: number;
  incidents: number;
  coldMs: number[];
  warmMs: number[];
}

/** The 1,000-incident queue: seeding, first render, DOM size, and one scroll to the end. */
export interface LargeQueue {
  incidents: number;
  seedSeconds: number;
  shownMs: number;
  rowsInDom: number;
  scroll: ScrollRun;
}

/**
 * Signs `person` in through the console's form in a fresh browser context,
 * installs the probes, and empties the HTTP cache, so the next navigation is
 * a signed-in person's first visit on this browser.
 */
async function freshSignedInPage(browser: Browser, baseUrl: string, person: Person): Promise<Page> {
  // The probes are JavaScript text, which the console's CSP (script-src 'self') refuses to evaluate.
  const page = await signIn(browser, `${baseUrl}/console`, person, { bypassCSP: true });
  await installProbes(page.context());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  return page;
}

/** Navigation to the queue's first row for a frontline person: cold cache, then a reload from cache. */
export async function measureFirstScreen(
  browser: Browser,
  baseUrl: string,
  runs: number,
  incidents: number,
): Promise<FirstScreen> {
  const api = new ConsoleApi(baseUrl);
  const person = frontlineOfFreshSite('FIRST');
  await openIncidents(baseUrl, await api.tokenFor(person), person.sites[0], incidents);
  const result: FirstScreen = { runs, incidents, coldMs: [], warmMs: [] };
  for (let run = 0; run < runs; run += 1) {
    const page = await freshSignedInPage(browser, baseUrl, person);
    result.coldMs.push(await timeToQueueShown(page, `${baseUrl}/console`));
    result.warmMs.push(await timeToQueueShown(page, `${baseUrl}/console`));
    await page.context().close();
  }
  return result;
}

/** Seeds `incidents` open incidents at a site of their own, then renders and scrolls their queue. */
export async function measureLargeQueue(
  browser: Browser,
  baseUrl: string,
  incidents: number,
): Promise<LargeQueue> {
  const api = new ConsoleApi(baseUrl);
  const person = frontlineOfFreshSite('LOAD');
  const token = await api.tokenFor(person);
  const { seconds } = await openIncidents(baseUrl, token, person.sites[0], incidents);
  const page = await freshSignedInPage(browser, baseUrl, person);
  try {
    const shownMs = await timeToQueueShown(page, `${baseUrl}/console`);
    const rowsInDom = await queueRowsInDom(page);
    const scroll = await scrollWholeQueue(page, incidents);
    return { incidents, seedSeconds: seconds, shownMs, rowsInDom, scroll };
  } finally {
    await page.context().close();
  }
}
