import { InvalidCommand, IncidentNotOpen } from '../errors/incident-rejections.error';
import { type FieldError } from '../errors/domain.error';
import { type IncidentState, isActive } from './incident-state';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../text/storable-text';
import { FIELD_LIMITS } from './field-limits';
import { parseSealedText } from '../text/sealed-text';

/** Collects field errors and throws one InvalidCommand naming all of them. */
export class FieldChecks {
  private readonly errors: FieldError[] = [];

  /** Records `message` for `field` unless `ok`. */
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.errors.push({ field, message });
    return this;
  }

  /** Requires a non-empty string of at most `max` characters that PostgreSQL can store. */
  text(value: unknown, field: string, max: number = FIELD_LIMITS.text): this {
    if (!this.storable(value, field)) return this;
    return this.check(
      typeof value === 'string' && value.trim().length > 0 && plainLength(value) <= max,
      field,
      `must be a non-empty string of at most ${max} characters`,
    );
  }

  /**
   * Absent, or a string of at most `max` characters that PostgreSQL can store. It may be
   * empty: feedback comments always could, and replayed histories must be decided alike.
   */
  optionalText(value: unknown, field: string, max: number = FIELD_LIMITS.text): this {
    if (value === undefined || !this.storable(value, field)) return this;
    return this.check(
      typeof value === 'string' && plainLength(value) <= max,
      field,
      `must be a string of at most ${max} characters`,
    );
  }

  // Refused here too, not only at the HTTP door: commands also arrive by intake and
  // workflow updates, and an unstorable one would fail its append on every retry.
  private storable(value: unknown, field: string): boolean {
    const ok = typeof value !== 'string' || isStorableText(value);
    this.check(ok, field, UNSTORABLE_TEXT_MESSAGE);
    return ok;
  }

  /** Throws InvalidCommand when any check failed. */
  done(command: string): void {
    if (this.errors.length > 0) throw new InvalidCommand(`${command} is invalid`, this.errors);
  }
}

/**
 * The length a limit applies to: a sealed value's plaintext length (the sealer seals
 * only non-blank storable text, so blankness and storability were settled before).
 */
function plainLength(value: string): number {
  return parseSealedText(value)?.length ?? value.length;
}

/** Refuses work on a resolved, closed or never-opened incident. */
export function requireActive(state: IncidentState, command: string): void {
  if (!isActive(state)) throw new IncidentNotOpen(state.incidentId, state.status, command);
}
