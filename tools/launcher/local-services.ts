import { resolve } from 'node:path';
import { type EnvironmentVariables } from '@recovery/config';
import { configuredDatabaseUrls, type DatabaseUrls } from '@recovery/database';
import {
  type InfraLog,
  locateTemporalCli,
  type RunningService,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@recovery/local-infra';
import { INCIDENT_SEARCH_ATTRIBUTE_NAMES } from '@recovery/workflows';

export interface LocalServices {
  /** Migrations connect as the owner, the apps as the application role. */
  databaseUrls: DatabaseUrls;
  temporalAddress: string;
  temporalUiUrl?: string;
  /** What this launcher started itself, to stop on exit (newest last). */
  started: RunningService[];
}

/**
 * PostgreSQL and Temporal for `npm start`: the external ones when
 * DATABASE_URL / TEMPORAL_ADDRESS are set, else embedded ones whose data
 * lives under DATA_DIR so that the next start reuses it (the embedded
 * PostgreSQL with its owner and application roles).
 */
export async function startLocalServices(
  env: EnvironmentVariables,
  searchPath: string,
  started: RunningService[],
  log: InfraLog,
): Promise<LocalServices> {
  const dataDir = resolve(env.DATA_DIR);
  let databaseUrls = configuredDatabaseUrls(env);
  if (!databaseUrls) {
    log(`starting embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}`);
    const postgres = await startEmbeddedPostgres({
      dataDir,
      port: env.EMBEDDED_POSTGRES_PORT,
      database: 'recovery',
      log,
    });
    started.push(postgres);
    databaseUrls = postgres.urls;
  }

  let temporalAddress = env.TEMPORAL_ADDRESS;
  let temporalUiUrl: string | undefined;
  if (!temporalAddress) {
    const cliPath = locateTemporalCli({
      explicitPath: env.TEMPORAL_CLI_PATH,
      toolsDir: resolve('.tools'),
      searchPath,
      log,
    });
    log(
      `starting the Temporal dev server (${cliPath}) on 127.0.0.1:${env.TEMPORAL_DEV_SERVER_PORT}`,
    );
    const temporal = await startTemporalDevServer({
      cliPath,
      port: env.TEMPORAL_DEV_SERVER_PORT,
      uiPort: env.TEMPORAL_UI_PORT,
      databaseFile: resolve(dataDir, 'temporal', 'temporal.db'),
      logFile: resolve(dataDir, 'logs', 'temporal.log'),
      keywordSearchAttributes: INCIDENT_SEARCH_ATTRIBUTE_NAMES,
      log,
    });
    started.push(temporal);
    temporalAddress = temporal.address;
    temporalUiUrl = temporal.uiUrl;
  }
  return { databaseUrls, temporalAddress, temporalUiUrl, started };
}
