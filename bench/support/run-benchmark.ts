import { randomUUID } from 'node:crypto';
import { validateEnvironment } from '@recovery/config';
import { runMigrations } from '@recovery/database';
import { type RunningService } from '@recovery/local-infra';
import { startLocalServices } from '../../tools/launcher/local-services';
import { type BenchSystem, startBenchSystem } from './bench-system';
import { loadLine, machineLine } from './machine';

/**
 * Runs one benchmark as a command: PostgreSQL and Temporal from DATABASE_URL /
 * TEMPORAL_ADDRESS when set, else the embedded ones `npm start` uses (their data
 * under DATA_DIR, by default `.data/bench` so a benchmark does not fill the
 * development store); migrates; sets the environment the apps read at boot (a
 * task queue of the run's own, no rate limit, quiet logs); boots the API and the
 * worker; runs `body` between the machine's description and its load average at
 * start and end; stops what it started and exits 0, or 1 with the error.
 */
export function runBenchmark(name: string, body: (system: BenchSystem) => Promise<void>): void {
  const started: RunningService[] = [];
  const run = async (): Promise<void> => {
    try {
      const services = await startLocalServices(
        validateEnvironment({ DATA_DIR: '.data/bench', ...process.env }),
        process.env.PATH ?? '',
        started,
        () => undefined,
      );
      await runMigrations(services.databaseUrls.owner);
      Object.assign(process.env, {
        DATABASE_URL: services.databaseUrls.application,
        TEMPORAL_ADDRESS: services.temporalAddress,
        TEMPORAL_TASK_QUEUE: `${name.replace(':', '-')}-${randomUUID()}`,
        RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
        LOG_LEVEL: 'error',
      });
      console.log(machineLine());
      console.log(loadLine('start'));
      const system = await startBenchSystem();
      try {
        await body(system);
      } finally {
        await system.close();
      }
      console.log(loadLine('end'));
    } finally {
      for (const service of started.reverse()) await service.stop();
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
