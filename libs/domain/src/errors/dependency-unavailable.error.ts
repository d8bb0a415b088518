import { DomainError } from './domain.error';

/** The services the system cannot answer without; each outage names one. */
export const DEPENDENCIES = ['postgres', 'temporal'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

/** True for the name of a {@link Dependency}. */
export function isDependency(value: unknown): value is Dependency {
  return (DEPENDENCIES as readonly unknown[]).includes(value);
}

const DEPENDENCY_NAMES: Readonly<Record<Dependency, string>> = {
  postgres: 'PostgreSQL',
  temporal: 'Temporal',
};

// An outage usually heals in seconds (a restart, a failover); sooner retries only add load.
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * A dependency did not answer (refused, dropped or timed out the connection,
 * or is starting up or shutting down). The same request may succeed once it is
 * back: a retry with the same Idempotency-Key applies a command at most once.
 * `cause` keeps the driver's error for the log; it never reaches the caller.
 */
export class DependencyUnavailable extends DomainError {
  readonly code = 'dependency_unavailable';
  readonly kind = 'unavailable';
  constructor(
    readonly dependency: Dependency,
    options: {
      cause?: unknown;
      retryAfterSeconds?: number;
      details?: Readonly<Record<string, unknown>>;
    } = {},
  ) {
    const retryAfterSeconds = options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
    super(`${DEPENDENCY_NAMES[dependency]} is unavailable; retry in ${retryAfterSeconds} s`, {
      ...options.details,
      dependency,
      retryAfterSeconds,
    });
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
