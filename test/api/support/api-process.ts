import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromGlobalSetup } from '../../support/test-database';
import { appKeyEnvironment } from '../../support/app-keys';

// The built API, exactly as `npm run start:api` runs it (npm test builds before the e2e tests).
const API_MAIN = resolve(import.meta.dirname, '../../../dist/apps/api/src/main.js');

export interface ApiProcessOptions {
  port: number;
  taskQueue: string;
  /** HS256 secret the API verifies tokens with (sign them with signDevelopmentToken). */
  jwtSecret: string;
  commandTimeoutMs: number;
}

/** The API running as its own OS process, in its own process group. */
export interface ApiProcess {
  readonly pid: number;
  readonly baseUrl: string;
  /** Resolves once GET /health/live answers 200; rejects if the process exits first. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the whole process group: no drain, no response — a crash. Resolves once it is gone. */
  crash(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  output(): string;
}

/** Starts the built API on 127.0.0.1:`port` against the global setup's PostgreSQL and Temporal. */
export function spawnApi(options: ApiProcessOptions): ApiProcess {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build\` first`);
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    // Only what the API needs: in particular not jest's NODE_OPTIONS.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(options.port),
      DATABASE_URL: fromGlobalSetup('DATABASE_URL'),
      TEMPORAL_ADDRESS: fromGlobalSetup('TEMPORAL_ADDRESS'),
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      AUTH_JWT_SECRET: options.jwtSecret,
      RATE_LIMIT_PER_MINUTE: '100000',
      COMMAND_TIMEOUT_MS: String(options.commandTimeoutMs),
      LOG_LEVEL: 'warn',
      ...appKeyEnvironment(),
    },
    // Its own process group, so that a crash takes whatever it spawned with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the API process did not start');
  const pid = child.pid;
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const isRunning = (): boolean => child.exitCode === null && child.signalCode === null;

  return {
    pid,
    baseUrl,
    output: () => log,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (!isRunning()) throw new Error(`API ${pid} exited before listening:\n${log}`);
        const live = await fetch(`${baseUrl}/health/live`).then(
          (response) => response.status === 200,
          () => false,
        );
        if (live) return;
        if (Date.now() > deadline) throw new Error(`API ${pid} not live on ${baseUrl}:\n${log}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
    },
    async crash() {
      if (isRunning()) process.kill(-pid, 'SIGKILL');
      await exited;
    },
  };
}
