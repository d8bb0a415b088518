import { type PoolClient } from 'pg';
import { type DataSourceOptions } from 'typeorm';
import { allMigrations } from './all-migrations';

/** How long a pool checkout (a new connection, or a free one) waits before failing. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** TypeORM options for our PostgreSQL: migrations only, never `synchronize`. */
export function dataSourceOptions(
  url: string,
  applicationName: string,
  connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName,
    synchronize: false,
    migrationsRun: false,
    migrations: allMigrations,
    migrationsTransactionMode: 'each',
    entities: [],
    logging: ['error'],
    extra: { max: 20, connectionTimeoutMillis: connectTimeoutMs, onConnect: keepErrorsOnClient },
  };
}

// pg-pool listens for errors only on idle clients: a checked-out client (the event
// store's queryPool) whose server crashes emits 'error' with no listener, which ends
// the process (seen with `pg_ctl stop -m immediate`, issue 10 item 9). The query that
// was running rejects with the same error, and the pool discards the client on release.
function keepErrorsOnClient(client: PoolClient): void {
  client.on('error', () => undefined);
}
