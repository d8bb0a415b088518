import { type FieldError } from '../api/problem';

/**
 * A field path as the console names form fields: the API names nested fields two
 * ways (class-validator `remedies.0.frontlineLimit`, the domain's validation
 * `remedies[0].supervisorLimit`); both mean the same input.
 */
export function normaliseFieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** The messages the API gave for exactly this field, joined; undefined when none. */
export function messageForField(errors: readonly FieldError[], field: string): string | undefined {
  const own = errors.filter((error) => normaliseFieldPath(error.field) === field);
  return own.length > 0 ? own.map((error) => error.message).join('; ') : undefined;
}

/** The errors no input of the form shows, so they can be listed instead of lost. */
export function errorsOutside(
  errors: readonly FieldError[],
  shownFields: ReadonlySet<string>,
): FieldError[] {
  return errors.filter((error) => !shownFields.has(normaliseFieldPath(error.field)));
}
