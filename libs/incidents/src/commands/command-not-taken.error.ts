import { DomainError } from '@recovery/domain';

/**
 * The incident's workflow did not take a command within the configured time (no
 * worker polling, or all of them busy). The command was delivered and may still be
 * applied when a worker gets to it: a retry with the same Idempotency-Key joins it
 * instead of applying it twice.
 */
export class CommandNotTaken extends DomainError {
  readonly code = 'command_not_taken';
  readonly kind = 'unavailable';
  constructor(command: string, incidentId: string, waitedMs: number, retryAfterSeconds: number) {
    super(
      `the workflow of incident ${incidentId} did not take ${command} within ${waitedMs} ms; ` +
        'it may still apply it: retry with the same Idempotency-Key',
      // Temporal's side (its server, or the workers behind it) did not take the command.
      { command, incidentId, retryAfterSeconds, dependency: 'temporal' },
    );
  }
}
