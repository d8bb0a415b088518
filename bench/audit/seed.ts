// Seeds the audit benchmark (issue 6): `node dist/bench/audit/seed.js [flags]` after `npm run build`.
// Flags: --database-url URL (else DATABASE_URL), --events N (default 1000000), --concurrency C (default 8),
// --seed S (PRNG seed, default 1). Every incident's events go through EventStore.append, one append (one
// batch) per incident stream, C streams at a time; then the audit projection catches up.
import { parseArgs } from 'node:util';
import { auditProjection } from '@recovery/audit';
import { incidentStreamId } from '@recovery/domain';
import { EventStore, ProjectionRunner } from '@recovery/event-store';
import { BENCH_MONTH, BENCH_POLICY_KEY, openBenchDatabase } from './bench-database';
import { incidentHistory } from './incident-history';
import { prng, randomScenario } from './random-scenario';

const { values: flags } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    events: { type: 'string', default: '1000000' },
    concurrency: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
  },
});

async function main(): Promise<void> {
  const target = Number(flags.events);
  const concurrency = Number(flags.concurrency);
  const dataSource = await openBenchDatabase(flags['database-url'], concurrency + 2);
  const store = new EventStore(dataSource);
  const random = prng(Number(flags.seed));
  const span = BENCH_MONTH.to.getTime() - BENCH_MONTH.from.getTime();
  let events = 0;
  let incidents = 0;
  const started = performance.now();
  const writer = async (): Promise<void> => {
    while (events < target) {
      const history = incidentHistory(
        randomScenario(random, BENCH_POLICY_KEY, BENCH_MONTH.from, span),
      );
      events += history.length;
      incidents += 1;
      const incidentId = (history[0].data as { incidentId: string }).incidentId;
      await store.append(incidentStreamId(incidentId), history, { expectedVersion: 'no_stream' });
      if (incidents % 5000 === 0) progress('append', events, target, started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, writer));
  const appendSeconds = (performance.now() - started) / 1000;
  console.log(
    `\nappended ${events} events (${incidents} incidents) in ${appendSeconds.toFixed(1)} s: ` +
      `${Math.round(events / appendSeconds)} events/s`,
  );

  const projecting = performance.now();
  const runner = new ProjectionRunner(dataSource, store, auditProjection, { batchSize: 2000 });
  const applied = await runner.catchUp((p) => {
    if (p.processed % 100_000 < 2000) progress('project', p.processed, p.total, projecting);
  });
  const projectSeconds = (performance.now() - projecting) / 1000;
  console.log(
    `\naudit projection: ${applied} events in ${projectSeconds.toFixed(1)} s: ` +
      `${Math.round(applied / projectSeconds)} events/s`,
  );
  // A live system's autovacuum keeps planner statistics current; a bulk load must refresh them itself.
  await dataSource.query('ANALYZE');
  await dataSource.destroy();
}

function progress(what: string, done: number, total: number, since: number): void {
  const seconds = (performance.now() - since) / 1000;
  process.stdout.write(`\r${what}: ${done}/${total} (${Math.round(done / seconds)} events/s)   `);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
