import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  formatSealedText,
  isStorableText,
  parseSealedText,
  type SealedText,
} from '@recovery/domain';
import { type CustomerDataKey } from '../keys/customer-keys.repository';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals one customer's text under their data key. */
export interface Sealer {
  /**
   * The sealed form of `text`. Blank or unstorable text passes through as it came: it
   * holds no personal data, and the domain refuses it with the field's own message.
   * Text already sealed is not sealed twice.
   */
  seal(text: string): string;
}

export function sealerUnder(key: CustomerDataKey): Sealer {
  return {
    seal: (text) =>
      text.trim().length === 0 || !isStorableText(text) || parseSealedText(text)
        ? text
        : sealText(key.keyId, key.dataKey, text),
  };
}

/**
 * AES-256-GCM under a customer's data key. The key id and the stated length are
 * authenticated with the text (additional data), so neither can be swapped onto
 * another ciphertext without the tag failing.
 */
export function sealText(keyId: string, dataKey: Buffer, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(additionalData(keyId, text.length));
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  const sealedBytes = Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
  return formatSealedText({
    keyId,
    length: text.length,
    ciphertext: sealedBytes.toString('base64url'),
  });
}

/** The plaintext, or null when the bytes do not authenticate under this key. */
export function openSealedText(sealed: SealedText, dataKey: Buffer): string | null {
  const bytes = Buffer.from(sealed.ciphertext, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', dataKey, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(additionalData(sealed.keyId, sealed.length));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    const text = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    return text.length === sealed.length ? text : null;
  } catch {
    // A tag that fails is the one expected way this goes wrong: altered or foreign bytes.
    return null;
  }
}

function additionalData(keyId: string, length: number): Buffer {
  return Buffer.from(`${keyId}:${length}`, 'utf8');
}
