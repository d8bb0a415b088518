const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60 * 60 * 1_000;

/**
 * How long to wait before the next attempt after `failedAttempts` failures: doubling
 * from one second up to an hour, with ±20 % jitter so receivers coming back are not
 * hit by every queued delivery at the same instant.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const doubled = FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1);
  return Math.round(Math.min(doubled, LONGEST_RETRY_MS) * (0.8 + 0.4 * random()));
}

export type RetryDecision = { kind: 'retry'; at: Date } | { kind: 'give_up' };

/**
 * After a failed attempt: try again later, or give up once the next attempt would fall
 * beyond the retry window that began with the first failure.
 */
export function decideRetry(failure: {
  failedAttempts: number;
  retryingSince: Date;
  now: Date;
  windowMs: number;
  random?: () => number;
}): RetryDecision {
  const at = new Date(failure.now.getTime() + retryDelayMs(failure.failedAttempts, failure.random));
  return at.getTime() - failure.retryingSince.getTime() > failure.windowMs
    ? { kind: 'give_up' }
    : { kind: 'retry', at };
}
