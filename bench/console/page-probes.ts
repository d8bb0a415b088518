import { type BrowserContext, type Page } from 'playwright-core';

/** What the probes record in the page, read back with `readProbes`. */
export interface PageProbes {
  /** ms after navigation start at which the first frame showing a queue row began; null before. */
  queueShownAt: number | null;
  /** Every main-thread task over 50 ms since navigation: start and duration, in ms. */
  longTasks: { startTime: number; duration: number }[];
}

export const QUEUE_ROW = '[role="list"][aria-label="Incidents"] [role="listitem"]';

// Runs in the page before any of the console's own scripts (so as JavaScript
// text: this program is compiled without the DOM's types). A long-task
// observer, and a watch for the queue's first row: once a row is in the DOM,
// the next animation frame is the one that paints it, and its start is "the list is visible".
const PROBES_SCRIPT = `
  const probes = { queueShownAt: null, longTasks: [] };
  window.consoleBenchProbes = probes;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probes.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const rows = new MutationObserver(() => {
    if (!document.querySelector('${QUEUE_ROW}')) return;
    rows.disconnect();
    requestAnimationFrame((frameStart) => (probes.queueShownAt = frameStart));
  });
  rows.observe(document, { childList: true, subtree: true });
`;

/** Installs the probes in every page the context opens from now on. */
export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBES_SCRIPT });
}

export function readProbes(page: Page): Promise<PageProbes> {
  return page.evaluate<PageProbes>('window.consoleBenchProbes');
}

/** Navigates to `url` and resolves with ms from navigation start until the queue's first row showed. */
export async function timeToQueueShown(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction('window.consoleBenchProbes?.queueShownAt != null');
  return (await readProbes(page)).queueShownAt!;
}

/** How many queue rows are in the DOM now: the virtualised window, not the whole queue. */
export function queueRowsInDom(page: Page): Promise<number> {
  return page.locator(QUEUE_ROW).count();
}
