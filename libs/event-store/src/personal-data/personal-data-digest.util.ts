import { randomBytes } from 'node:crypto';
import { canonicalJson } from '../hashing/canonical-json.util';
import { sha256 } from '../hashing/event-hash.util';
import { type JsonObject } from '../event-store.types';

/** A salted commitment to personal data: the chain keeps `digest`, the erasable row keeps the rest. */
export interface SealedPersonalData {
  salt: Buffer;
  digest: Buffer;
  canonicalData: string;
}

/**
 * Seals personal data for the chain. The digest is salted with 32 random bytes kept
 * beside the data (and erased with it): an unsalted digest of a phone number or an
 * e-mail could be recovered by guessing, so erasure would not really erase.
 */
export function sealPersonalData(
  data: JsonObject,
  salt: Buffer = randomBytes(32),
): SealedPersonalData {
  const canonicalData = canonicalJson(data);
  return { salt, canonicalData, digest: personalDataDigest(salt, canonicalData) };
}

/** sha256(salt ‖ canonical JSON of the data); verify uses it to check rows not yet erased. */
export function personalDataDigest(salt: Buffer, canonicalData: string): Buffer {
  return sha256(Buffer.concat([salt, Buffer.from(canonicalData, 'utf8')]));
}
