import { setTimeout } from 'node:timers/promises';
import { type Logger } from '@nestjs/common';

// A replica that finds a task locked by another waits this long before trying again,
// so it takes over within seconds when that replica dies.
const STANDBY_RETRY_MS = 5_000;

/** A background loop that one replica at a time runs (it holds a lock while it does). */
export interface SingleActiveTask {
  name: string;
  run(signal: AbortSignal): Promise<void>;
  /** True for the error `run` throws when another replica holds the lock. */
  isStandby(error: unknown): boolean;
}

/**
 * Runs `task` until `signal` aborts. Standing by is quiet; any other failure is logged
 * and retried, never silent and never fatal to the worker.
 */
export async function keepRunning(
  task: SingleActiveTask,
  signal: AbortSignal,
  logger: Logger,
): Promise<void> {
  while (!signal.aborted) {
    try {
      await task.run(signal);
    } catch (error) {
      if (!task.isStandby(error)) logger.error(`${task.name} failed, retrying: ${String(error)}`);
      await setTimeout(STANDBY_RETRY_MS, undefined, { signal }).catch(
        () => undefined, // aborted: shutting down
      );
    }
  }
}
