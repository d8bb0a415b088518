import { type PolicyDocument } from '../api/policy-types';

/** The durations of a policy the form edits, by document path. */
export const DURATION_FIELDS = [
  { path: 'acknowledgeWithin', label: 'Acknowledge within' },
  { path: 'resolveWithin', label: 'Resolve within' },
  { path: 'approvalTimeout', label: 'Approval timeout' },
  { path: 'followUpAfter', label: 'Follow up after' },
  { path: 'feedbackWindow', label: 'Feedback window' },
  { path: 'confirmPromiseWithin', label: 'Confirm promise within (optional)' },
] as const;

export const DURATION_HINT = 'ISO-8601 duration, such as PT90S, PT2H or P1D';

/** The fields of one remedy rule, relative to `remedies.<index>`. */
export const REMEDY_FIELDS = [
  { name: 'type', label: 'Type', type: 'text' },
  { name: 'frontlineLimit', label: 'Frontline limit', type: 'number' },
  { name: 'supervisorLimit', label: 'Supervisor limit', type: 'number' },
  { name: 'currency', label: 'Currency', type: 'text' },
] as const;

/** Every document path the form has an input for, so other errors can be listed apart. */
export function formFieldPaths(document: PolicyDocument): Set<string> {
  const paths = new Set<string>([
    'title',
    'description',
    ...DURATION_FIELDS.map((field) => field.path),
  ]);
  listOf(document.escalation).forEach((_, index) => {
    paths.add(`escalation.${index}.after`);
    paths.add(`escalation.${index}.to`);
  });
  listOf(document.remedies).forEach((_, index) => {
    for (const field of REMEDY_FIELDS) paths.add(`remedies.${index}.${field.name}`);
  });
  return paths;
}

/** A list member of a draft that a JSON edit may have turned into something else. */
export function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** What a typed number field holds: a number, or the text as typed when it is none (the API names it). */
export function numberInput(text: string): number | string {
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}
