import { type Page } from 'playwright-core';
import { QUEUE_ROW, readProbes } from './page-probes';

// Three rows a frame: a fast fling, faster than anyone reads.
const STEP_PX = 192;
const TIMEOUT_MS = 120_000;

/** One scroll from the top of the queue to its last row, and what the main thread did meanwhile. */
export interface ScrollRun {
  seconds: number;
  frames: number;
  /** The most queue rows the DOM held at once while scrolling. */
  mostRowsInDom: number;
  longestTaskMs: number;
  /** Sum over long tasks of the time beyond 50 ms each: Lighthouse's total blocking time. */
  totalBlockingMs: number;
  longTasks: number;
}

/**
 * Scrolls the queue by STEP_PX every animation frame until its last row (of
 * `total`: pages load as the end nears) is on screen, then reads the long tasks
 * the probes saw between the first and the last frame.
 */
export async function scrollWholeQueue(page: Page, total: number): Promise<ScrollRun> {
  const run = await page.evaluate<{ started: number; ended: number; frames: number; rows: number }>(
    `(async () => {
      const scroller = document.querySelector('.queue-scroller');
      const rows = () => document.querySelectorAll('${QUEUE_ROW}');
      const started = performance.now();
      let frames = 0;
      let most = 0;
      while (performance.now() - started < ${TIMEOUT_MS}) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames += 1;
        most = Math.max(most, rows().length);
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        const lastShown = [...rows()].some((row) => row.getAttribute('aria-posinset') === '${total}');
        if (atEnd && lastShown) return { started, ended: performance.now(), frames, rows: most };
        scroller.scrollBy(0, ${STEP_PX});
      }
      throw new Error('the queue did not reach row ${total} in ${TIMEOUT_MS} ms');
    })()`,
  );
  const during = (await readProbes(page)).longTasks.filter(
    (task) => task.startTime >= run.started && task.startTime <= run.ended,
  );
  return {
    seconds: (run.ended - run.started) / 1000,
    frames: run.frames,
    mostRowsInDom: run.rows,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    totalBlockingMs: during.reduce((sum, task) => sum + task.duration - 50, 0),
    longTasks: during.length,
  };
}
