import './e2e-env';
import { randomUUID } from 'node:crypto';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { type UserRole } from '../../../apps/api/src/auth/access-matrix';
import { signDevelopmentToken } from '../../../apps/api/src/auth/sign-development-token.util';

export { INTAKE_KEY, INTAKE_SYSTEM } from './e2e-env';

/** The real API and a real worker in this process, on their own task queue. */
export interface ApiHarness {
  app: NestExpressApplication;
  server: ReturnType<NestExpressApplication['getHttpServer']>;
  dataSource: DataSource;
  token(
    role: UserRole,
    options?: { sub?: string; sites?: string[]; name?: string; expiresIn?: string | number },
  ): Promise<string>;
  /** Stops the worker (no one polls the task queue) until startWorker. */
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Boots AppModule (exactly as main.ts configures it) and WorkerModule against
 * the PostgreSQL and Temporal of the global setup.
 */
export async function startApiHarness(): Promise<ApiHarness> {
  let worker: TestingModule | undefined = await startWorker();
  const apiModule = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = apiModule.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: ['error', 'warn'],
  });
  configureApp(app);
  await app.init();
  const secret = app.get(AppConfig).auth.jwtSecret!;
  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    token: (role, options = {}) =>
      signDevelopmentToken(
        {
          sub: options.sub ?? `${role}-${randomUUID().slice(0, 8)}`,
          role,
          sites: options.sites ?? ['AMS'],
          ...(options.name ? { name: options.name } : {}),
        },
        secret,
        options.expiresIn === undefined ? {} : { expiresIn: options.expiresIn },
      ),
    stopWorker: async () => {
      await worker?.close();
      worker = undefined;
    },
    startWorker: async () => {
      worker ??= await startWorker();
    },
    close: async () => {
      await app.close();
      await worker?.close();
    },
  };
}

// The worker exactly as apps/worker composes it (its event store runs the incident read model inline).
async function startWorker(): Promise<TestingModule> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
  await worker.init();
  return worker;
}
