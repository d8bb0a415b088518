// The event store benchmark (issue 3): `npm run bench:events -- [flags]`, after `npm run build`.
// Flags: --database-url URL (else DATABASE_URL via @recovery/config), --events N (per scenario, mode
// and round, default 2000), --rounds R (default 5), --streams M (default 200), --concurrency C (default 8),
// --verify-events V (default 1000000; 0 skips), --skip-emmett. Use a database of its own: it leaves its events (and Emmett's tables) behind.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '@recovery/config';
import { EventStore, eventStoreMigrations } from '@recovery/event-store';
import {
  formatSummary,
  measure,
  median,
  summarize,
  SUMMARY_HEADER,
  type AppendOnce,
  type Measurement,
  type Mode,
} from './bench-stats';
import { emmettScenario, oursScenario, rawScenario } from './bench-scenarios';
import { verifyBench } from './verify-bench';

const { values: flags } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    events: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    streams: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '8' },
    'verify-events': { type: 'string', default: '1000000' },
    'skip-emmett': { type: 'boolean', default: false },
  },
});
const url = flags['database-url'] ?? validateEnvironment(process.env).DATABASE_URL;
if (!url) throw new Error('No database: pass --database-url or set DATABASE_URL');
const events = Number(flags.events);
const streams = Number(flags.streams);
const concurrency = Number(flags.concurrency);
const rounds = Number(flags.rounds);

const RAW = 'raw INSERT (floor)';
const SINGLE = 'ours, 1 event/append';
const BATCH = 'ours, 10 events/append';
const EMMETT = 'emmett, 1 event/append';

async function main(): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: url!,
    migrations: eventStoreMigrations,
    extra: { max: concurrency + 2 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const store = new EventStore(dataSource);
  const version = (await dataSource.query<{ server_version: string }[]>('SHOW server_version'))[0]
    .server_version;
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, PostgreSQL ${version}`,
  );
  console.log(
    `workload: ${events} events per scenario and round, ${rounds} rounds, over ${streams} streams; concurrent = ${concurrency} writers\n`,
  );

  const emmett = flags['skip-emmett'] ? null : emmettScenario(url!, concurrency, streams);
  const raw = await rawScenario(dataSource, concurrency, streams);
  const sizes = await dataSource.query<{ name: string; rows: string; size: string }[]>(
    `SELECT relname AS name, reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(oid)) AS size
       FROM pg_class WHERE relname IN ('events', 'bench_raw_events') ORDER BY relname`,
  );
  console.log(
    `tables: ${sizes.map((t) => `${t.name} ~${t.rows} rows, ${t.size} with indexes`).join('; ')}\n`,
  );
  const scenarios: Scenario[] = [
    { name: RAW, make: () => raw },
    { name: SINGLE, make: (w) => oursScenario(store, w, streams, 1) },
    { name: BATCH, make: (w) => oursScenario(store, w, streams, 10) },
    ...(emmett ? [{ name: EMMETT, make: () => emmett.append }] : []),
  ];
  // Warm-up: connections, prepared statements, Emmett's schema creation.
  for (const { name, make } of scenarios)
    await measure(name, 'sequential', 0, 1, 200, make(concurrency));

  const measurements: Measurement[] = [];
  for (const [mode, writers] of [
    ['sequential', 1],
    ['concurrent', concurrency],
  ] as const) {
    measurements.push(...(await runRounds(scenarios, mode, writers)));
  }
  console.log(SUMMARY_HEADER);
  for (const mode of ['sequential', 'concurrent'] as const) {
    for (const { name } of scenarios)
      console.log(
        formatSummary(summarize(measurements.filter((m) => m.name === name && m.mode === mode))),
      );
  }
  printRatios(measurements);

  const target = Number(flags['verify-events']);
  if (target > 0) {
    const v = await verifyBench(dataSource, store, target, concurrency);
    console.log(
      `\nverify(): ${v.events} events in ${v.streams} streams, ${v.seconds.toFixed(1)} s, ${Math.round(v.eventsPerSecond)} events/s, ok=${v.ok}`,
    );
  }
  await emmett?.store.close();
  await dataSource.destroy();
}

interface Scenario {
  name: string;
  make: (writers: number) => AppendOnce;
}

/**
 * Every scenario once per round, rounds back to back: the scenarios compared share the
 * same minutes of machine time. The order rotates each round so that drift (table
 * growth, cache warmth, a neighbour's load) does not always favour the same one.
 */
async function runRounds(
  scenarios: Scenario[],
  mode: Mode,
  writers: number,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < scenarios.length; i += 1) {
      const { name, make } = scenarios[(i + round) % scenarios.length];
      measurements.push(await measure(name, mode, round, writers, events, make(writers)));
    }
  }
  return measurements;
}

/** Each ratio is taken within a round (side by side in time); printed as the median and range over rounds. */
function printRatios(measurements: Measurement[]): void {
  console.log('');
  for (const mode of ['sequential', 'concurrent'] as const) {
    const ratio = (over: string, under: string) => {
      const perRound = Array.from({ length: rounds }, (_, round) => {
        const rate = (name: string) =>
          measurements.find((m) => m.name === name && m.mode === mode && m.round === round)
            ?.eventsPerSecond;
        const a = rate(over);
        const b = rate(under);
        return a && b ? a / b : undefined;
      }).filter((r): r is number => r !== undefined);
      return perRound.length === 0
        ? 'n/a'
        : `${median(perRound).toFixed(2)} (${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)})`;
    };
    console.log(
      `${mode}: ours/raw = ${ratio(SINGLE, RAW)}, ours/emmett = ${ratio(SINGLE, EMMETT)}, ` +
        `batch10/single = ${ratio(BATCH, SINGLE)}   [median (min–max) of ${rounds} rounds]`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
