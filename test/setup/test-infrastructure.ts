import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { validateEnvironment } from '@recovery/config';
import { configuredDatabaseUrls, type DatabaseUrls, runMigrations } from '@recovery/database';
import {
  freePort,
  locateTemporalCli,
  type RunningService,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@recovery/local-infra';
import { INCIDENT_SEARCH_ATTRIBUTE_NAMES } from '@recovery/workflows';

export interface TestInfrastructure {
  /** The apps connect as the application role, so every test that runs them proves its grants. */
  databaseUrls: DatabaseUrls;
  /** Creates databases (plan tests): the embedded cluster's superuser, else DATABASE_ADMIN_URL or the owner. */
  adminDatabaseUrl: string;
  temporalAddress: string;
  services: RunningService[];
}

const log = (message: string): void => console.log(`[test-infra] ${message}`);

/**
 * The real PostgreSQL and Temporal the int and e2e suites run against: the
 * ones named by DATABASE_URL (MIGRATION_DATABASE_URL) / TEMPORAL_ADDRESS, else an
 * embedded PostgreSQL with its two roles and a Temporal dev server, discovered
 * exactly as `npm start` does.
 */
export async function startTestInfrastructure(): Promise<TestInfrastructure> {
  const env = validateEnvironment(process.env);
  // A fresh folder per run: parallel runs never share a cluster, and no run
  // inherits another's leftovers.
  mkdirSync(resolve(env.DATA_DIR), { recursive: true });
  const dataDir = mkdtempSync(join(resolve(env.DATA_DIR), 'test-'));
  // mkdtemp makes it private to root; the embedded PostgreSQL runs as an
  // unprivileged user and must be able to reach its folder inside.
  chmodSync(dataDir, 0o755);
  // Stopped last (services stop newest first): the folder goes once nothing uses it.
  const services: RunningService[] = [
    { stop: () => rm(dataDir, { recursive: true, force: true }) },
  ];

  const external = configuredDatabaseUrls(env);
  let database = external && {
    urls: external,
    adminUrl: env.DATABASE_ADMIN_URL ?? external.owner,
  };
  if (!database) {
    const port = await freePort();
    const postgres = await startEmbeddedPostgres({
      dataDir,
      port,
      database: 'recovery_test',
      log,
      throwaway: true,
    });
    services.push(postgres);
    database = { urls: postgres.urls, adminUrl: postgres.superuserUrl };
  }

  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const cliPath = locateTemporalCli({
      explicitPath: env.TEMPORAL_CLI_PATH,
      toolsDir: resolve('.tools'),
      searchPath: process.env.PATH ?? '',
      log,
    });
    const temporal = await startTemporalDevServer({
      cliPath,
      port: await freePort(),
      logFile: resolve(dataDir, 'temporal.log'),
      keywordSearchAttributes: INCIDENT_SEARCH_ATTRIBUTE_NAMES,
      log,
    });
    services.push(temporal);
    temporalAddress = temporal.address;
  }

  const applied = await runMigrations(database.urls.owner);
  if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  return {
    databaseUrls: database.urls,
    adminDatabaseUrl: database.adminUrl,
    temporalAddress,
    services,
  };
}
