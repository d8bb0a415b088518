import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@recovery/local-infra';

const LAUNCHER = 'dist/tools/launcher/start.js';
const BANNER = 'Service-recovery engine is up';

/** The whole system as `npm start` runs it, on a store of its own. */
export interface FreshSystem {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Runs the built launcher (embedded PostgreSQL, the Temporal dev server, the
 * worker and the API) on a temporary DATA_DIR and free ports, so the result
 * never depends on, nor touches, a developer's own `.data`. Resolves once the
 * launcher prints its banner; `stop` sends Ctrl-C, waits, and removes the store.
 */
export async function startFreshSystem(timeoutMs = 180_000): Promise<FreshSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'recovery-screenshots-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL's unprivileged user must enter it
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    TEMPORAL_DEV_SERVER_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    WORKER_METRICS_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [LAUNCHER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(BANNER)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the system did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}
