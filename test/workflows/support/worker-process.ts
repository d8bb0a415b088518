import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { fromGlobalSetup } from '../../support/test-database';
import { appKeyEnvironment } from '../../support/app-keys';

// The built worker, exactly as `npm run start:worker` runs it (npm test builds before the int tests).
const WORKER_MAIN = resolve(import.meta.dirname, '../../../dist/apps/worker/src/main.js');

/** A worker running as its own OS process (`dist/apps/worker/src/main.js`). */
export interface WorkerProcess {
  readonly pid: number;
  /** The Temporal identity the SDK gives the worker by default (`<pid>@<host>`) starts with this. */
  readonly identityPrefix: string;
  /** Resolves once the worker polls its workflow task queue; rejects if the process exits first. */
  ready(client: Client, timeoutMs?: number): Promise<void>;
  /** SIGKILL: no drain, no shutdown message to the server — a crash. Resolves when the process is gone. */
  crash(): Promise<NodeJS.Signals | null>;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  output(): string;
}

/**
 * Starts the built worker on its own task queue (so no other test's worker takes its
 * tasks); `env` adds or overrides variables (its /metrics port is the OS's pick unless set).
 */
export function spawnWorker(taskQueue: string, env: Record<string, string> = {}): WorkerProcess {
  if (!existsSync(WORKER_MAIN))
    throw new Error(`${WORKER_MAIN} is missing: run \`npm run build\` first`);
  const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], {
    // Only what the worker needs: in particular not jest's NODE_OPTIONS.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: fromGlobalSetup('DATABASE_URL'),
      TEMPORAL_ADDRESS: fromGlobalSetup('TEMPORAL_ADDRESS'),
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'warn',
      WORKER_METRICS_PORT: '0',
      ...appKeyEnvironment(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the worker process did not start');
  const pid = child.pid;
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.once('exit', (_code, signal) => done(signal)),
  );
  const isRunning = (): boolean => child.exitCode === null && child.signalCode === null;

  return {
    pid,
    identityPrefix: `${pid}@`,
    output: () => log,
    async ready(client, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (!isRunning()) throw new Error(`worker ${pid} exited before polling:\n${log}`);
        const { pollers } = await client.workflowService.describeTaskQueue({
          namespace: 'default',
          taskQueue: { name: taskQueue },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
        });
        if (pollers.some((p) => p.identity?.startsWith(`${pid}@`))) return;
        if (Date.now() > deadline)
          throw new Error(`worker ${pid} never polled ${taskQueue}:\n${log}`);
        await new Promise((wait) => setTimeout(wait, 200));
      }
    },
    async crash() {
      if (isRunning()) child.kill('SIGKILL');
      return exited;
    },
  };
}
