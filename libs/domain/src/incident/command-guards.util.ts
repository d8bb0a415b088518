import { InvalidCommand, IncidentNotOpen } from '../errors/incident-rejections.error';
import { type FieldError } from '../errors/domain.error';
import { type IncidentState, isActive } from './incident-state';

/** Collects field errors and throws one InvalidCommand naming all of them. */
export class FieldChecks {
  private readonly errors: FieldError[] = [];

  /** Records `message` for `field` unless `ok`. */
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.errors.push({ field, message });
    return this;
  }

  /** Requires a non-empty string of at most `max` characters. */
  text(value: unknown, field: string, max = 4000): this {
    return this.check(
      typeof value === 'string' && value.trim().length > 0 && value.length <= max,
      field,
      `must be a non-empty string of at most ${max} characters`,
    );
  }

  /** Throws InvalidCommand when any check failed. */
  done(command: string): void {
    if (this.errors.length > 0) throw new InvalidCommand(`${command} is invalid`, this.errors);
  }
}

/** Refuses work on a resolved, closed or never-opened incident. */
export function requireActive(state: IncidentState, command: string): void {
  if (!isActive(state)) throw new IncidentNotOpen(state.incidentId, state.status, command);
}
