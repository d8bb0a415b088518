import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { CalendarsService, SitesService } from '@recovery/calendars';
import { AppConfig } from '@recovery/config';
import { PoliciesService } from '@recovery/policies';
import { type UserRole } from '../../apps/api/src/auth/access-matrix';
import { configureApp } from '../../apps/api/src/configure-app';
import { signDevelopmentToken } from '../../apps/api/src/auth/sign-development-token.util';
import { AppModule } from '../../apps/api/src/app.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The site every benchmarked incident is opened on. */
export const BENCH_SITE = 'AMS';

/** The API (listening on loopback) and the worker, both in this process, as `npm start` runs them. */
export interface BenchSystem {
  baseUrl: string;
  config: AppConfig;
  /** The API's PostgreSQL connection: to count what a benchmark stored. */
  dataSource: DataSource;
  policies: PoliciesService;
  calendars: CalendarsService;
  sites: SitesService;
  /** A development token of `role` for BENCH_SITE, subject `bench`. */
  token(role: UserRole): Promise<string>;
  close(): Promise<void>;
}

/** Boots the worker and the API on the environment the caller has set. */
export async function startBenchSystem(): Promise<BenchSystem> {
  // Once per process, before the first connection. Errors only: a bare start's run that
  // is ended while its task is in flight makes the worker warn "Task not found", by the
  // hundred; the benchmarks check their own outcomes. No signal handlers: they exit themselves.
  Runtime.install({
    shutdownSignals: [],
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } },
  });
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, {
    logger: ['error'],
  });
  const api: INestApplication = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    logger: ['error'],
  });
  configureApp(api as NestExpressApplication);
  await api.listen(0, '127.0.0.1');
  const { port } = (api.getHttpServer() as Server).address() as AddressInfo;
  const config = api.get(AppConfig);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    dataSource: api.get(DataSource),
    policies: api.get(PoliciesService),
    calendars: api.get(CalendarsService),
    sites: api.get(SitesService),
    token: (role) =>
      signDevelopmentToken({ sub: 'bench', role, sites: [BENCH_SITE] }, config.auth.jwtSecret!),
    close: async () => {
      await api.close();
      await worker.close();
    },
  };
}
