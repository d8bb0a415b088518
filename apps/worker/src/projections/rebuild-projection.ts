import { validateEnvironment } from '@recovery/config';
import { connectDataSource } from '@recovery/database';
import { EventStore, ProjectionRunner } from '@recovery/event-store';
import { ASYNC_PROJECTIONS } from './async-projections';

const USAGE = `usage: npm run projections:rebuild -- <name>   (one of: ${ASYNC_PROJECTIONS.map((p) => p.name).join(', ')})`;

/**
 * `npm run projections:rebuild -- <name>`: empties one read model and replays
 * every event into it, printing progress. It takes the projection's lock, so
 * a running worker's copy of that projection waits until the rebuild is done.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const projection = ASYNC_PROJECTIONS.find((candidate) => candidate.name === name);
  if (!projection) throw new Error(USAGE);
  const env = validateEnvironment(process.env);
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required');
  const dataSource = await connectDataSource(env.DATABASE_URL, 'recovery-projection-rebuild');
  try {
    const runner = new ProjectionRunner(dataSource, new EventStore(dataSource), projection);
    const started = Date.now();
    const applied = await runner.rebuild(({ processed, total }) => {
      const percent = total ? ((processed / total) * 100).toFixed(1) : '100.0';
      process.stdout.write(`\r${projection.name}: ${processed}/${total} events (${percent}%)`);
    });
    console.log(
      `\nrebuilt ${projection.name} from ${applied} events in ${Date.now() - started} ms`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
