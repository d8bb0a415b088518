// The full-path load (issue 10): `npm run bench:path [-- flags]`.
// Flags: --incidents N (default 1000), --concurrency C in flight (default 24),
// --history-sample S histories read for the workflow-task latencies (default 200),
// --close-within S seconds after the last feedback for every incident to close (default 120).
// Services as runBenchmark says. Drives every incident over HTTP through open → acknowledge →
// remedy → promise → keep → resolve → follow-up → feedback → closed under a policy of
// second-long durations; fails if not all close.
import { parseArgs } from 'node:util';
import { runBenchmark } from '../support/run-benchmark';
import { measurePath } from './measure';

const { values: flags } = parseArgs({
  options: {
    incidents: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '24' },
    'history-sample': { type: 'string', default: '200' },
    'close-within': { type: 'string', default: '120' },
  },
});

runBenchmark('bench:path', (system) =>
  measurePath(system, {
    incidents: Number(flags.incidents),
    concurrency: Number(flags.concurrency),
    historySample: Number(flags['history-sample']),
    closeWithinS: Number(flags['close-within']),
  }),
);
