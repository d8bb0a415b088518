// The intake benchmark (issue 5): `npm run bench:intake [-- --seconds 15 --connections 16]`.
// Uses DATABASE_URL / TEMPORAL_ADDRESS when set, else the embedded PostgreSQL and Temporal dev
// server of `npm start`; migrates; then boots the worker and the API in this process (they read
// the environment at boot) and compares POST /v1/incidents with bare workflow.start loops.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { validateEnvironment } from '@recovery/config';
import { runMigrations } from '@recovery/database';
import { type RunningService } from '@recovery/local-infra';
import { startLocalServices } from '../../tools/launcher/local-services';
import { measureIntake } from './measure';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
  },
});

async function main(): Promise<void> {
  const started: RunningService[] = [];
  try {
    const services = await startLocalServices(
      validateEnvironment(process.env),
      process.env.PATH ?? '',
      started,
      () => undefined,
    );
    await runMigrations(services.databaseUrl);
    Object.assign(process.env, {
      DATABASE_URL: services.databaseUrl,
      TEMPORAL_ADDRESS: services.temporalAddress,
      TEMPORAL_TASK_QUEUE: `bench-intake-${randomUUID()}`,
      RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
      LOG_LEVEL: 'error',
    });
    await measureIntake(Number(flags.seconds), Number(flags.connections));
  } finally {
    for (const service of started.reverse()) await service.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:intake failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
