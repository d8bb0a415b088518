// The audit benchmark (issue 6): `node dist/bench/audit/run.js [flags]` after `npm run build` and seed.js.
// Flags: --database-url URL (else DATABASE_URL), --runs R (timed runs per report, default 5).
// Prints the conformance report and scorecard times (median and max of R runs after one warm-up)
// for the seeded month, and the throughput of the two streamed exports (events/s).
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import {
  ConformanceReportService,
  EventLogExportService,
  ScorecardService,
  type AuditFilter,
} from '@recovery/audit';
import { EventStore } from '@recovery/event-store';
import { KeyEncryptionKey, PersonalDataVault } from '@recovery/personal-data';
import { BENCH_MONTH, BENCH_POLICY_KEY, openBenchDatabase } from './bench-database';

const { values: flags } = parseArgs({
  options: { 'database-url': { type: 'string' }, runs: { type: 'string', default: '5' } },
});

async function main(): Promise<void> {
  const runs = Number(flags.runs);
  const dataSource = await openBenchDatabase(flags['database-url'], 12);
  const store = new EventStore(dataSource);
  const reports = new ConformanceReportService(dataSource);
  const scorecards = new ScorecardService(dataSource);
  const month: AuditFilter = { from: BENCH_MONTH.from, to: BENCH_MONTH.to };
  const [counts] = await dataSource.query<{ events: string; incidents: string }[]>(
    `SELECT (SELECT count(*) FROM events) AS events,
            (SELECT count(*) FROM audit_incidents WHERE opened_at >= $1 AND opened_at < $2) AS incidents`,
    [month.from, month.to],
  );
  const version = (await dataSource.query<{ server_version: string }[]>('SHOW server_version'))[0]
    .server_version;
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, PostgreSQL ${version}`,
  );
  console.log(
    `store: ${counts.events} events; the month reported on: ${counts.incidents} incidents\n`,
  );

  const timed: [string, () => Promise<unknown>][] = [
    ['conformance, month', () => reports.report(month)],
    ['conformance, month, one site', () => reports.report({ ...month, site: 'site-01' })],
    [
      'conformance, month, v2 vs v1',
      () =>
        reports.report({
          ...month,
          policyKey: BENCH_POLICY_KEY,
          policyVersion: 2,
          compareVersion: 1,
        }),
    ],
    [
      'conformance, month, one staff member',
      () => reports.report({ ...month, staffId: 'staff-7' }),
    ],
    ['scorecard, month by day', () => scorecards.scorecard('day', month)],
    ['scorecard, month by week', () => scorecards.scorecard('week', month)],
  ];
  console.log('report                                   median ms    max ms');
  for (const [name, run] of timed) {
    const times = await timeRuns(run, runs);
    console.log(
      `${name.padEnd(40)} ${times.median.toFixed(0).padStart(9)} ${times.max.toFixed(0).padStart(9)}`,
    );
  }

  // The seeded history holds no sealed text: a vault under a throwaway key reveals nothing.
  const vault = PersonalDataVault.over(dataSource, new KeyEncryptionKey(randomBytes(32)));
  const exports = new EventLogExportService(store, vault);
  console.log('\nexport           events      bytes        s   events/s');
  for (const [name, chunks] of [
    ['CSV', () => exports.csv()],
    ['OCEL 2.0 JSON', () => exports.ocel()],
  ] as const) {
    const started = performance.now();
    let bytes = 0;
    for await (const chunk of chunks()) bytes += Buffer.byteLength(chunk);
    const seconds = (performance.now() - started) / 1000;
    const events = Number(counts.events);
    console.log(
      `${name.padEnd(14)} ${String(events).padStart(8)} ${String(bytes).padStart(10)} ${seconds.toFixed(1).padStart(8)} ${String(Math.round(events / seconds)).padStart(10)}`,
    );
  }
  await dataSource.destroy();
}

async function timeRuns(
  run: () => Promise<unknown>,
  runs: number,
): Promise<{ median: number; max: number }> {
  await run(); // warm-up: connections, plans, caches
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
