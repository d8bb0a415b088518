import { resolve } from 'node:path';
import { validateEnvironment } from '@recovery/config';
import { configuredDatabaseUrls, runMigrations } from '@recovery/database';
import { startEmbeddedPostgres } from '@recovery/local-infra';

/**
 * `npm run migration:run`: applies pending migrations as the owner role
 * (MIGRATION_DATABASE_URL, else DATABASE_URL), or to the embedded PostgreSQL
 * that `npm start` uses when DATABASE_URL is unset.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const external = configuredDatabaseUrls(env);
  const embedded = external
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: resolve(env.DATA_DIR),
        port: env.EMBEDDED_POSTGRES_PORT,
        database: 'recovery',
        log: console.log,
      });
  try {
    const applied = await runMigrations((external ?? embedded!.urls).owner);
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
