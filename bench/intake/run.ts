// The intake benchmark (issues 5 and 10): `npm run bench:intake [-- flags]`.
// Flags: --seconds S per phase (default 5), --rounds R (default 3), --connections 1,16
// (default), --warmup-seconds W (default 2), --breakdown-seconds B (default 5; 0 skips
// where the time goes, measured after the rounds at each connection count). Services as runBenchmark says. Compares, at
// each connection count, POST /v1/incidents with a bare workflow.start (the cost of a start
// alone) and with the same update-with-start from a bare client (the HTTP layer's own cost),
// and POST …/acknowledge with a bare executeUpdate, in interleaved rounds.
import { parseArgs } from 'node:util';
import { runBenchmark } from '../support/run-benchmark';
import { measureIntake } from './measure';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,16' },
    'warmup-seconds': { type: 'string', default: '2' },
    'breakdown-seconds': { type: 'string', default: '5' },
  },
});

runBenchmark('bench:intake', (system) =>
  measureIntake(system, {
    seconds: Number(flags.seconds),
    rounds: Number(flags.rounds),
    connections: flags.connections.split(',').map(Number),
    warmupSeconds: Number(flags['warmup-seconds']),
    breakdownSeconds: Number(flags['breakdown-seconds']),
  }),
);
