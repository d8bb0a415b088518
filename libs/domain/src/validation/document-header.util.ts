import { type JsonObject } from './json-object.util';

/** Records that `field` is bad, and why: how every document validator collects its errors. */
export type FieldFailure = (field: string, message: string) => void;

/** A document key (policies, calendars): a lower-case slug of at most 64 characters. */
export const DOCUMENT_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Checks what every versioned document opens with: only `known` fields, a key slug,
 * a title and an optional description. `kind` names the document in the refusal of
 * an unknown field ("is not a calendar field").
 */
export function checkDocumentHeader(
  input: JsonObject,
  known: ReadonlySet<string>,
  kind: string,
  fail: FieldFailure,
): void {
  for (const field of Object.keys(input))
    if (!known.has(field)) fail(field, `is not a ${kind} field`);
  if (typeof input.key !== 'string' || !DOCUMENT_KEY_PATTERN.test(input.key))
    fail('key', 'must be a lower-case slug (a-z, 0-9, -), at most 64 characters');
  if (typeof input.title !== 'string' || input.title.trim() === '')
    fail('title', 'must be a non-empty string');
  if (input.description !== undefined && typeof input.description !== 'string')
    fail('description', 'must be a string');
}
