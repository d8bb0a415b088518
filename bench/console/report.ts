import { type InitialJavaScript } from './initial-javascript';
import { CONNECTIONS } from './queue-seed';
import { median } from '../support/stats';
import { type FirstScreen, type LargeQueue } from './measure-screens';

/** The budgets (issue 11, "Also"). */
export const BUDGETS = { initialJsGzipKb: 300, firstScreenMs: 1000, longTaskMs: 50 } as const;

interface Line {
  figure: string;
  measured: string;
  budget: string;
  verdict?: boolean;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

/** Prints every figure against its budget, as a Markdown table (BENCHMARKS.md takes it as is). */
export function printReport(
  initial: InitialJavaScript,
  first: FirstScreen,
  queue: LargeQueue,
): void {
  const cold = median(first.coldMs);
  const warm = median(first.warmMs);
  const lines: Line[] = [
    {
      figure: `initial JavaScript, gzipped (${initial.files.map((f) => f.file).join(' + ')})`,
      measured: kb(initial.gzipBytes),
      budget: `≤ ${BUDGETS.initialJsGzipKb} kB`,
      verdict: initial.gzipBytes <= BUDGETS.initialJsGzipKb * 1000,
    },
    {
      figure: `first screen usable, cold cache (navigation → queue row painted; median of ${first.runs}, ${first.incidents} incidents)`,
      measured: `${ms(cold)} (max ${ms(Math.max(...first.coldMs))})`,
      budget: `< ${BUDGETS.firstScreenMs} ms`,
      verdict: cold < BUDGETS.firstScreenMs,
    },
    {
      figure: `first screen usable, from cache (median of ${first.runs})`,
      measured: `${ms(warm)} (max ${ms(Math.max(...first.warmMs))})`,
      budget: `< ${BUDGETS.firstScreenMs} ms`,
      verdict: warm < BUDGETS.firstScreenMs,
    },
    {
      figure: `${queue.incidents} open incidents seeded (POST /v1/incidents, ${CONNECTIONS} in flight)`,
      measured: `${queue.seedSeconds.toFixed(1)} s`,
      budget: '',
    },
    {
      figure: `queue of ${queue.incidents}: navigation → first row painted (cold cache)`,
      measured: ms(queue.shownMs),
      budget: `< ${BUDGETS.firstScreenMs} ms`,
      verdict: queue.shownMs < BUDGETS.firstScreenMs,
    },
    {
      figure: `queue of ${queue.incidents}: rows in the DOM at first render / most while scrolling`,
      measured: `${queue.rowsInDom} / ${queue.scroll.mostRowsInDom}`,
      budget: 'tens (virtualised)',
      verdict: queue.scroll.mostRowsInDom < 100,
    },
    {
      figure: `scroll to row ${queue.incidents} (${queue.scroll.frames} frames, ${queue.scroll.seconds.toFixed(1)} s): longest main-thread task`,
      measured: queue.scroll.longTasks === 0 ? 'none over 50 ms' : ms(queue.scroll.longestTaskMs),
      budget: `no long task (> ${BUDGETS.longTaskMs} ms)`,
      verdict: queue.scroll.longTasks === 0,
    },
    {
      figure: 'scroll: long tasks / total blocking time',
      measured: `${queue.scroll.longTasks} / ${ms(queue.scroll.totalBlockingMs)}`,
      budget: '0 / 0 ms',
      verdict: queue.scroll.totalBlockingMs === 0,
    },
  ];
  console.log('\n| figure | measured | budget | within |');
  console.log('| --- | --- | --- | --- |');
  for (const line of lines) {
    const within = line.verdict === undefined ? '' : line.verdict ? 'yes' : '**no**';
    console.log(`| ${line.figure} | ${line.measured} | ${line.budget} | ${within} |`);
  }
  console.log('');
}
