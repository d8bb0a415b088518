import { ServiceUnavailableException } from '@nestjs/common';
import { type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import { DependencyUnavailable, isDependency } from '@recovery/domain';

/**
 * A failed readiness check as a 503 naming each dependency that is down (issue 10,
 * item 9): `dependency` the first, `details.unavailable` all of them, `details.checks`
 * every check's status. The drivers' messages stay out of the body (/health is public
 * and they name hosts and ports); they go to the log as the error's cause. Anything
 * else (shutting down, a bug) is returned unchanged.
 */
export function readinessFailure(error: unknown): unknown {
  if (!(error instanceof ServiceUnavailableException)) return error;
  const result = error.getResponse() as Partial<HealthCheckResult>;
  const down = result.error ?? {};
  const [first, ...others] = Object.keys(down).filter(isDependency);
  if (first === undefined) return error;
  const reasons = Object.entries(down).map(
    ([key, check]) => `${key}: ${String((check as { message?: unknown }).message)}`,
  );
  return new DependencyUnavailable(first, {
    cause: new Error(reasons.join('; ')),
    details: { unavailable: [first, ...others], checks: withoutMessages(result.details ?? {}) },
  });
}

function withoutMessages(checks: HealthIndicatorResult): HealthIndicatorResult {
  return Object.fromEntries<HealthIndicatorResult[string]>(
    Object.entries(checks).map(([key, { message: _message, ...check }]) => [key, check]),
  );
}
