import { Worker } from 'node:worker_threads';
import { type ClientConfig, type Pool } from 'pg';
import { type StreamIdRange } from './stream-id-range';
import { typescriptThreadExecArgv } from './typescript-thread-loader';
import { type VerifyReport } from './verify-report';

/** What a verification thread is given: where to connect, which snapshot, which streams. */
export interface RangeJob {
  connection: ClientConfig;
  /** An exported snapshot (pg_export_snapshot): every thread sees the same store. */
  snapshot: string;
  range: StreamIdRange;
}

// Built code (dist/) runs the compiled entry beside this file. TypeScript sources (ts-jest,
// development) run the .ts entry through hooks that transpile it: a thread does not go
// through jest's transform, and Node 20 cannot run TypeScript itself.
const compiled = import.meta.url.endsWith('.js');
const ENTRY = new URL(`./chain-range.worker.${compiled ? 'js' : 'ts'}`, import.meta.url);

/** Walks one range's chains in a worker thread on a connection of its own. */
export async function walkRangeInThread(job: RangeJob): Promise<VerifyReport> {
  const execArgv = compiled ? undefined : await typescriptThreadExecArgv(ENTRY);
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job, execArgv });
    worker.once('message', (report: VerifyReport) => resolve(report));
    worker.once('error', reject);
    // After a message or an error this settles nothing; otherwise the thread died silently.
    worker.once('exit', (code) =>
      reject(new Error(`verification thread for ${JSON.stringify(job.range)} exited (${code})`)),
    );
  });
}

// The connection settings a thread can be given (functions, such as a password callback, cannot cross).
const CONNECTION_KEYS = [
  'connectionString',
  'host',
  'port',
  'user',
  'password',
  'database',
  'ssl',
  'options',
  'application_name',
] as const;

/** The pool's connection settings, for a thread's own client. */
export function connectionOf(pool: Pool): ClientConfig {
  const options = (pool as unknown as { options: Record<string, unknown> }).options;
  const config: Record<string, unknown> = {};
  for (const key of CONNECTION_KEYS) {
    if (typeof options[key] === 'function') {
      throw new TypeError(`verification threads cannot use a pool whose ${key} is a function`);
    }
    if (options[key] !== undefined) config[key] = options[key];
  }
  return config;
}
