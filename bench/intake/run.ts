// The intake benchmark (issue 5): `npm run bench:intake [-- --seconds 15 --connections 16]`.
// Uses DATABASE_URL / TEMPORAL_ADDRESS when set, else the embedded PostgreSQL and Temporal dev
// server of `npm start`; migrates; then runs measure.js in a child process, given the final
// environment, which boots the worker and the API and compares POST /v1/incidents with bare
// workflow.start loops.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { validateEnvironment } from '@recovery/config';
import { runMigrations } from '@recovery/database';
import { type RunningService } from '@recovery/local-infra';
import { startLocalServices } from '../../tools/launcher/local-services';

async function main(): Promise<number> {
  const started: RunningService[] = [];
  try {
    const services = await startLocalServices(
      validateEnvironment(process.env),
      process.env.PATH ?? '',
      started,
      () => undefined,
    );
    await runMigrations(services.databaseUrl);
    const child = spawn(
      process.execPath,
      [new URL('./measure.js', import.meta.url).pathname, ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          DATABASE_URL: services.databaseUrl,
          TEMPORAL_ADDRESS: services.temporalAddress,
          TEMPORAL_TASK_QUEUE: `bench-intake-${randomUUID()}`,
          RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
          LOG_LEVEL: 'error',
        },
      },
    );
    return await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  } finally {
    for (const service of started.reverse()) await service.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:intake failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
