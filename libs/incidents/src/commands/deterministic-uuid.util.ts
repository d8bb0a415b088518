import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5 layout, SHA-1 over the parts): the same
 * upstream event, or the same caller's Idempotency-Key, always maps to the same
 * incident id, so a retry after any crash joins the first attempt's workflow
 * instead of opening a second incident (TEMPORAL.md, "Messages").
 */
export function deterministicUuid(...parts: string[]): string {
  const bytes = createHash('sha1').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
