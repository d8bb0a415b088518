// Where a single append's time goes inside PostgreSQL (issue 3): `npm run bench:events:steps -- [flags]`.
// pgbench (PostgreSQL's own client; Debian package postgresql-client) runs straight against the
// server, with no Node in the way: the floor INSERT, append_event rebuilt one part at a time
// (pgbench/steps.sql), append_event itself, and the stream-heads design as an alternative.
// Flags: --database-url URL (a database `npm run bench:events` has migrated and filled: the steps
// copy its events), --seconds S per run (default 5), --rounds R (default 3), --concurrency C (default 8).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './bench-stats';

const { values: flags } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '8' },
  },
});
const url = flags['database-url'];
if (!url) throw new Error('Pass --database-url (a database bench:events has run against)');
const rounds = Number(flags.rounds);
// Compiled to dist/bench/events/; the SQL stays in the source tree.
const scripts = fileURLToPath(new URL('../../../bench/events/pgbench/', import.meta.url));

const STEPS: [file: string, label: string][] = [
  ['floor', 'raw INSERT (floor)'],
  ['in_function', 'the INSERT in a PL/pgSQL function'],
  ['with_lock', '+ per-stream advisory lock'],
  ['with_head', '+ head lookup'],
  ['append_event', 'append_event (+ dedupe, check)'],
  ['stream_heads_upsert', 'stream-heads upsert, no dedupe'],
];

function transactionsPerSecond(step: string, clients: number): number {
  // prettier-ignore
  const args = [url!, '-n', '-M', 'prepared', '-c', `${clients}`, '-j', `${Math.min(clients, 2)}`,
    '-T', flags.seconds, '-f', `${scripts}${step}.pgbench`];
  const output = execFileSync('pgbench', args, { encoding: 'utf8' });
  const tps = /^tps = ([\d.]+)/m.exec(output);
  if (!tps) throw new Error(`pgbench printed no tps for ${step}:\n${output}`);
  return Number(tps[1]);
}

/** Steps rotate each round; each ratio to the floor is taken within its round. */
function measure(clients: number): void {
  const tps = new Map(STEPS.map(([step]) => [step, [] as number[]]));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < STEPS.length; i += 1) {
      const [step] = STEPS[(i + round) % STEPS.length];
      tps.get(step)!.push(transactionsPerSecond(step, clients));
    }
  }
  const floor = tps.get('floor')!;
  console.log(`\n${clients} client(s)            median tx/s   / floor (min–max)`);
  for (const [step, label] of STEPS) {
    const ratios = tps.get(step)!.map((value, round) => value / floor[round]);
    console.log(
      `${label.padEnd(34)} ${Math.round(median(tps.get(step)!))
        .toString()
        .padStart(8)}` +
        `   ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    );
  }
}

execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', `${scripts}steps.sql`]);
console.log(`pgbench, ${flags.seconds} s per run, ${rounds} rounds, steps interleaved`);
measure(1);
measure(Number(flags.concurrency));
