import { Injectable } from '@nestjs/common';
import { Counter, Histogram, type Metric } from 'prom-client';
import { isDomainError } from '@recovery/domain';
import { LATENCY_BUCKETS_SECONDS } from '@recovery/metrics';
import { CommandNotTaken } from './command-not-taken.error';
import { CommandFailed } from './temporal-rejection.util';

/**
 * What became of a command sent to its workflow: taken (applied), refused by the
 * workflow's decision, timed out (not taken within COMMAND_TIMEOUT_MS: no worker, or
 * all busy), unavailable (Temporal unreachable, or the update was dropped: retry), or
 * failed (anything else: a bug).
 */
export type CommandOutcome = 'taken' | 'refused' | 'timed_out' | 'unavailable' | 'failed';

/**
 * Outcomes and latency of the commands sent to incident workflows. The metrics
 * belong to no registry: the app that serves them registers `metrics` in its own.
 */
@Injectable()
export class CommandMetrics {
  private readonly outcomes = new Counter({
    name: 'recovery_commands_total',
    help: 'Commands sent to incident workflows, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [],
  });
  private readonly duration = new Histogram({
    name: 'recovery_command_duration_seconds',
    help: 'Time from sending a command to its workflow until its answer, by command',
    labelNames: ['command'] as const,
    buckets: [...LATENCY_BUCKETS_SECONDS],
    registers: [],
  });

  readonly metrics: readonly Metric[] = [this.outcomes, this.duration];

  /** Runs `call`, counting its outcome and timing it under the command's name. */
  async observe<Result>(command: string, call: () => Promise<Result>): Promise<Result> {
    const stop = this.duration.startTimer({ command });
    try {
      const result = await call();
      this.outcomes.inc({ command, outcome: 'taken' });
      return result;
    } catch (error) {
      this.outcomes.inc({ command, outcome: outcomeOf(error) });
      throw error;
    } finally {
      stop();
    }
  }
}

function outcomeOf(error: unknown): CommandOutcome {
  if (error instanceof CommandNotTaken) return 'timed_out';
  if (error instanceof CommandFailed) return 'failed';
  if (!isDomainError(error)) return 'failed';
  return error.kind === 'unavailable' ? 'unavailable' : 'refused';
}
