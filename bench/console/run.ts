// The console's budgets (issue 11, "Also"): `npm run bench:console [-- flags]`.
// Flags: --runs N first-screen runs, each in a fresh browser (default 10);
// --incidents N in the large queue (default 1000). Services as runBenchmark says;
// needs the built console (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tools/screenshots/console-browser';
import { runBenchmark } from '../support/run-benchmark';
import { measureInitialJavaScript } from './initial-javascript';
import { measureFirstScreen, measureLargeQueue } from './measure-screens';
import { printReport } from './report';

// The first screen's queue: a desk's ordinary morning, not the load test.
const FIRST_SCREEN_INCIDENTS = 12;

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    incidents: { type: 'string', default: '1000' },
  },
});

runBenchmark('bench:console', async (system) => {
  const initial = measureInitialJavaScript();
  const browser = await launchChromium();
  try {
    const first = await measureFirstScreen(
      browser,
      system.baseUrl,
      Number(flags.runs),
      FIRST_SCREEN_INCIDENTS,
    );
    const queue = await measureLargeQueue(browser, system.baseUrl, Number(flags.incidents));
    console.log(
      `command: npm run bench:console -- --runs ${flags.runs} --incidents ${flags.incidents}`,
    );
    console.log(
      `nproc: ${nproc()} (${cpus()[0]?.model ?? '?'}); browser: Chromium ${browser.version()}`,
    );
    printReport(initial, first, queue);
  } finally {
    await browser.close();
  }
});

function nproc(): string {
  return execFileSync('nproc').toString().trim();
}
