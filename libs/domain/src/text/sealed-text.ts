/**
 * A customer's personal text as the system carries it after the API seals it
 * (issue 14): `sealed:v1:<key id>:<length>:<base64url(iv ‖ ciphertext ‖ tag)>`,
 * AES-256-GCM under that customer's data key. Everything past the API — workflow
 * inputs and state, Temporal histories, events and the chain over them, read models —
 * holds this form, so destroying the key erases the text everywhere at once.
 *
 * The format is defined here, in the pure domain, because the workflow checks field
 * limits on sealed values: the plaintext's length travels in clear (AES-GCM shows it
 * anyway, to within nothing) so FIELD_LIMITS keep one meaning whichever form arrives.
 */
export interface SealedText {
  /** The customer data key's id (a uuid): never the customer's reference. */
  keyId: string;
  /** Length of the plaintext in UTF-16 code units, as `string.length` counts. */
  length: number;
  /** base64url of iv ‖ ciphertext ‖ tag (a string: workflow code has no Buffer). */
  ciphertext: string;
}

/** What every read shows in place of text whose customer key was destroyed. */
export const ERASED_TEXT = '[erased]';

const PREFIX = 'sealed:v1:';
const SEALED = /^sealed:v1:([0-9a-f-]{36}):(\d{1,9}):([A-Za-z0-9_-]+)$/;
/** Finds sealed values inside a longer text (a CSV line, a JSON document). */
export const SEALED_TEXT_PATTERN = /sealed:v1:[0-9a-f-]{36}:\d{1,9}:[A-Za-z0-9_-]+/g;

export function formatSealedText(sealed: SealedText): string {
  return `${PREFIX}${sealed.keyId}:${sealed.length}:${sealed.ciphertext}`;
}

/** The parts of a sealed value, or null when `value` is not one. */
export function parseSealedText(value: unknown): SealedText | null {
  if (typeof value !== 'string' || !value.startsWith(PREFIX)) return null;
  const match = SEALED.exec(value);
  if (!match) return null;
  const [, keyId, length, ciphertext] = match as unknown as [string, string, string, string];
  return { keyId, length: Number(length), ciphertext };
}

/** The key id a sealed value is under, or undefined for text not sealed (older incidents). */
export function sealedKeyId(value: unknown): string | undefined {
  return parseSealedText(value)?.keyId;
}
