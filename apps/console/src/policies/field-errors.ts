import { type FieldError } from '../api/problem';

/**
 * A field path as the console names form fields: the API names nested fields two
 * ways (class-validator `remedies.0.frontlineLimit`, the domain's validation
 * `remedies[0].supervisorLimit`); both mean the same input.
 */
export function normaliseFieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The field a message belongs on: its own path, or for an item of a list
 * (`appliesTo.categories.1`, `escalation.0`) the list's, whose input or fieldset
 * shows it.
 */
function fieldOf(error: FieldError): { own: string; list: string } {
  const own = normaliseFieldPath(error.field);
  return { own, list: own.replace(/\.\d+$/, '') };
}

/** The messages the API gave for this field or its items, joined; undefined when none. */
export function messageForField(errors: readonly FieldError[], field: string): string | undefined {
  const own = errors.filter((error) => {
    const path = fieldOf(error);
    return path.own === field || path.list === field;
  });
  return own.length > 0 ? own.map((error) => error.message).join('; ') : undefined;
}

/** The errors no input of the form shows, so they can be listed instead of lost. */
export function errorsOutside(
  errors: readonly FieldError[],
  shownFields: ReadonlySet<string>,
): FieldError[] {
  return errors.filter((error) => {
    const path = fieldOf(error);
    return !shownFields.has(path.own) && !shownFields.has(path.list);
  });
}
