import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { installTemporalRuntime } from './metrics';
import { WorkerModule } from './worker.module';

/**
 * The worker process. Nest owns shutdown (SIGINT/SIGTERM → enableShutdownHooks
 * → the worker drains), so Temporal's runtime installs no signal handlers of
 * its own: two owners would race each other.
 */
async function bootstrap(): Promise<void> {
  await installTemporalRuntime();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: false });
  app.enableShutdownHooks();
}

bootstrap().catch((error: unknown) => {
  console.error(
    `worker failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
