import { SEVERITIES, type Severity } from '@recovery/domain/incident/incident-vocabulary';
import { valueAt } from './draft-path';

/** The strings of the list at `path` of a draft: a JSON edit may have left anything there. */
export function stringsAt(draft: unknown, path: string): string[] {
  const value = valueAt(draft, path);
  return Array.isArray(value) ? value.filter((each) => typeof each === 'string') : [];
}

/** The categories typed in one field, split at commas or spaces; undefined when none (every category). */
export function categoriesFromText(text: string): string[] | undefined {
  const categories = text.split(/[\s,]+/).filter(Boolean);
  return categories.length > 0 ? categories : undefined;
}

/**
 * The severities with `severity` ticked or not, in the vocabulary's order; undefined
 * when none is ticked, which the policy reads as every severity.
 */
export function severitiesWith(
  current: readonly string[],
  severity: Severity,
  ticked: boolean,
): Severity[] | undefined {
  const chosen = SEVERITIES.filter((each) => (each === severity ? ticked : current.includes(each)));
  return chosen.length > 0 ? chosen : undefined;
}
