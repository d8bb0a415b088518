import { type Sealer } from '@recovery/personal-data';

/**
 * The customer's personal text in each command (issue 14): the free text staff write
 * about the customer, and the reference that names them. Sealed before the workflow
 * sees a command, so histories, state and events hold only the sealed form.
 */
export const PERSONAL_FIELDS = {
  open: ['customerRef', 'summary', 'details'],
  addNote: ['text'],
  makePromise: ['description'],
  resolve: ['summary'],
  recordFeedback: ['comment'],
  contactCustomer: ['summary'],
} as const;

/** `command` with each of `fields` that holds a string sealed. */
export function sealFields<Command extends object>(
  command: Command,
  fields: readonly string[],
  sealer: Sealer,
): Command {
  const sealed = { ...command } as Record<string, unknown>;
  for (const field of fields) {
    const value = sealed[field];
    if (typeof value === 'string') sealed[field] = sealer.seal(value);
  }
  return sealed as unknown as Command;
}
