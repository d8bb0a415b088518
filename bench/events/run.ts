// The event store benchmark (issue 3): `npm run bench:events -- [flags]`, after `npm run build`.
// Flags: --database-url URL (else DATABASE_URL via @recovery/config), --events N (per scenario and mode,
// default 20000), --streams M (default 200), --concurrency C (default 8), --verify-events V (default
// 1000000; 0 skips), --skip-emmett. Use a database of its own: it leaves its events (and Emmett's tables) behind.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '@recovery/config';
import { EventStore, eventStoreMigrations } from '@recovery/event-store';
import {
  formatResult,
  measure,
  RESULT_HEADER,
  type AppendOnce,
  type BenchResult,
} from './bench-stats';
import { emmettScenario, oursScenario, rawScenario } from './bench-scenarios';
import { verifyBench } from './verify-bench';

const { values: flags } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    events: { type: 'string', default: '20000' },
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
    `workload: ${events} events per run over ${streams} streams; concurrent = ${concurrency} writers\n`,
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
  const scenarios: [string, (writers: number) => AppendOnce][] = [
    ['raw INSERT (floor)', () => raw],
    ['ours, 1 event/append', (w) => oursScenario(store, w, streams, 1)],
    ['ours, 10 events/append', (w) => oursScenario(store, w, streams, 10)],
    ...(emmett
      ? [
          ['emmett, 1 event/append', () => emmett.append] as [
            string,
            (writers: number) => AppendOnce,
          ],
        ]
      : []),
  ];
  // Warm-up: connections, prepared statements, Emmett's schema creation.
  for (const [name, make] of scenarios)
    await measure(name, 'sequential', 1, 200, make(concurrency));

  const results: BenchResult[] = [];
  console.log(RESULT_HEADER);
  for (const [mode, writers] of [
    ['sequential', 1],
    ['concurrent', concurrency],
  ] as const) {
    for (const [name, make] of scenarios) {
      const result = await measure(name, mode, writers, events, make(writers));
      results.push(result);
      console.log(formatResult(result));
    }
  }
  printRatios(results);

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

function printRatios(results: BenchResult[]): void {
  const rate = (name: string, mode: string) =>
    results.find((r) => r.name === name && r.mode === mode)?.eventsPerSecond;
  console.log('');
  for (const mode of ['sequential', 'concurrent']) {
    const single = rate('ours, 1 event/append', mode)!;
    const ratio = (other: number | undefined) => (other ? (single / other).toFixed(2) : 'n/a');
    console.log(
      `${mode}: ours/raw = ${ratio(rate('raw INSERT (floor)', mode))}, ours/emmett = ${ratio(rate('emmett, 1 event/append', mode))}, ` +
        `batch10/single = ${(rate('ours, 10 events/append', mode)! / single).toFixed(2)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
