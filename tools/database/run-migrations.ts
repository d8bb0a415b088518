import { resolve } from 'node:path';
import { validateEnvironment } from '@recovery/config';
import { runMigrations } from '@recovery/database';
import { startEmbeddedPostgres } from '@recovery/local-infra';

/**
 * `npm run migration:run`: applies pending migrations to DATABASE_URL, or to
 * the embedded PostgreSQL that `npm start` uses when DATABASE_URL is unset.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const embedded = env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: resolve(env.DATA_DIR),
        port: env.EMBEDDED_POSTGRES_PORT,
        database: 'recovery',
        log: console.log,
      });
  try {
    const applied = await runMigrations(env.DATABASE_URL ?? embedded!.url);
    console.log(
      applied.length ? `applied: ${applied.join(', ')}` : 'database schema is up to date',
    );
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
