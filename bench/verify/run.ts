// The verify benchmark (issue 14, item 5): `npm run bench:verify -- [flags]` on a store seeded by
// `npm run bench:audit:seed` (1,000,000 events by default). Flags: --database-url URL (else
// DATABASE_URL), --runs R (timed runs of each walk, default 3), --threads T (the parallel walk's
// threads, default one per core). Prints, for the same store in one run, events/s of verify() on
// one thread and on T threads, R rounds alternating which goes first, then medians and ratios,
// and the events per CPU-second this process spent (threads included): on a shared machine the
// wall-clock figures follow the load, the CPU cost of a walk much less.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { EventStore, type VerifyReport } from '@recovery/event-store';
import { openBenchDatabase } from '../audit/bench-database';
import { loadLine, machineLine } from '../support/machine';
import { median } from '../support/stats';

const { values: flags } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    runs: { type: 'string', default: '3' },
    threads: { type: 'string', default: String(availableParallelism()) },
  },
});

/** Quoted history, not measured here: BENCHMARKS.md, verify before the binary COPY (cd7271b). */
const ISSUE_BASELINE = '57,000–63,000 events/s (one thread, paged reads; issue 14)';

interface Walk {
  name: string;
  store: EventStore;
  eventsPerSecond: number[];
  eventsPerCpuSecond: number[];
}

async function main(): Promise<void> {
  const runs = Number(flags.runs);
  const threads = Number(flags.threads);
  const dataSource = await openBenchDatabase(flags['database-url'], 4);
  const [{ server_version }] =
    await dataSource.query<{ server_version: string }[]>('SHOW server_version');
  console.log(`${machineLine()}, PostgreSQL ${server_version}`);
  console.log(loadLine('start'));
  const walks: Walk[] = [
    {
      name: '1 thread',
      store: new EventStore(dataSource, { verifyThreads: 1 }),
      eventsPerSecond: [],
      eventsPerCpuSecond: [],
    },
    {
      name: `${threads} threads`,
      store: new EventStore(dataSource, { verifyThreads: threads }),
      eventsPerSecond: [],
      eventsPerCpuSecond: [],
    },
  ];
  // Warm-up, one walk each: page cache, plans, connections.
  const { report } = await timedVerify(walks[0].store);
  await timedVerify(walks[1].store);
  console.log(`store: ${report.events} events in ${report.streams} streams, verify ok`);
  console.log('\nround     ' + walks.map((w) => w.name.padStart(14)).join('') + '    ratio');
  const ratios: number[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const order = round % 2 === 1 ? walks : [...walks].reverse();
    for (const walk of order) {
      const { eventsPerSecond, eventsPerCpuSecond } = await timedVerify(walk.store);
      walk.eventsPerSecond.push(eventsPerSecond);
      walk.eventsPerCpuSecond.push(eventsPerCpuSecond);
    }
    const [single, parallel] = walks.map((w) => w.eventsPerSecond[round - 1]);
    ratios.push(parallel / single);
    console.log(row(String(round), single, parallel, parallel / single));
  }
  const [single, parallel] = walks.map((w) => median(w.eventsPerSecond));
  console.log(row('median', single, parallel, median(ratios)));
  const [singleCpu, parallelCpu] = walks.map((w) => median(w.eventsPerCpuSecond));
  console.log(row('per CPU-s', singleCpu, parallelCpu, parallelCpu / singleCpu));
  console.log(`\nissue 14 baseline (quoted, not measured): ${ISSUE_BASELINE}`);
  console.log(loadLine('end'));
  await dataSource.destroy();
}

/** One verify() of the whole store; a broken store would make the figure meaningless. */
async function timedVerify(
  store: EventStore,
): Promise<{ report: VerifyReport; eventsPerSecond: number; eventsPerCpuSecond: number }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await store.verify();
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  if (!report.ok) throw new Error(`verify failed: ${JSON.stringify(report.broken)}`);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    report,
    eventsPerSecond: report.events / seconds,
    eventsPerCpuSecond: report.events / cpuSeconds,
  };
}

function row(label: string, single: number, parallel: number, ratio: number): string {
  const figure = (value: number) => Math.round(value).toLocaleString('en').padStart(14);
  return `${label.padEnd(10)}${figure(single)}${figure(parallel)}${ratio.toFixed(2).padStart(9)}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
