import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@recovery/config';
import { IncidentQueriesService } from '@recovery/incidents';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The API (listening on loopback) and the worker, both in this process, as `npm start` runs them. */
export interface BenchSystem {
  baseUrl: string;
  jwtSecret: string;
  config: AppConfig;
  /** The API's own wait for IncidentOpened (IncidentQueriesService.awaitOpened). */
  awaitOpened(incidentId: string): Promise<void>;
  close(): Promise<void>;
}

/** Boots the worker and the API on the environment the caller has set. */
export async function startBenchSystem(): Promise<BenchSystem> {
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
  const queries = api.get(IncidentQueriesService);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    jwtSecret: config.auth.jwtSecret!,
    config,
    awaitOpened: async (incidentId) => {
      if (!(await queries.awaitOpened(incidentId, 120_000)))
        throw new Error(`${incidentId} never opened`);
    },
    close: async () => {
      await api.close();
      await worker.close();
    },
  };
}
