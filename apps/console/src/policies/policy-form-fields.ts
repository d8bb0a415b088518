import { type FieldError } from '../api/problem';
import { type EscalationRung, type PolicyDocument, type RemedyRule } from '../api/policy-types';

/** What each part of the policy form is given: the draft, the API's refusals, and where edits go. */
export interface PolicyFormProps {
  draft: PolicyDocument;
  errors: readonly FieldError[];
  onChange: (path: string, value: unknown) => void;
}

/** A value of the draft as an input shows it; a JSON edit may leave an object where text was, shown as JSON. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** A rung added from the form: its duration left for the admin to type (the API names it if not). */
export const NEW_RUNG: EscalationRung = { after: '', to: 'supervisor' };

/** A remedy added from the form, in the currency of the policy's first remedy. */
export function newRemedy(document: PolicyDocument): RemedyRule {
  const currency = listOf(document.remedies)[0]?.currency ?? 'EUR';
  return { type: '', frontlineLimit: 0, supervisorLimit: 0, currency };
}

/** `list` without its item at `index`. */
export function withoutItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

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
    'appliesTo.categories',
    'appliesTo.severities',
    'escalation',
    'remedies',
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
