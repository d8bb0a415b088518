import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The upstream system an X-Api-Key belongs to, or undefined. Every key is
 * compared in constant time (over digests, so lengths leak nothing either).
 */
export function systemForApiKey(
  keys: ReadonlyMap<string, string>,
  given: string | undefined,
): string | undefined {
  if (!given) return undefined;
  const digest = sha256(given);
  let match: string | undefined;
  for (const [system, key] of keys) {
    if (timingSafeEqual(sha256(key), digest)) match = system;
  }
  return match;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
