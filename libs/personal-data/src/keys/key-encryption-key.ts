import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The one secret behind personal data (PERSONAL_DATA_KEY, 32 bytes): customer data
 * keys are stored wrapped by a key derived from it, and customer references are
 * looked up by a keyed hash derived from it. A database dump alone therefore reads
 * no personal data and cannot confirm a guessed customer reference.
 */
export class KeyEncryptionKey {
  private readonly wrapping: Buffer;
  private readonly lookup: Buffer;

  constructor(secret: Buffer) {
    if (secret.length !== 32) throw new Error('PERSONAL_DATA_KEY must be 32 bytes');
    this.wrapping = derive(secret, 'customer-data-key-wrapping');
    this.lookup = derive(secret, 'customer-reference-lookup');
  }

  /** HMAC-SHA256 of the reference as staff type it in any case: C-1001 and c-1001 are one customer. */
  lookupHash(customerRef: string): Buffer {
    return createHmac('sha256', this.lookup).update(normalise(customerRef), 'utf8').digest();
  }

  /** A new data key and its wrapped form; `keyId` is bound to it as additional data. */
  newDataKey(keyId: string): { dataKey: Buffer; wrappedKey: Buffer } {
    const dataKey = randomBytes(32);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.wrapping, iv);
    cipher.setAAD(Buffer.from(keyId, 'utf8'));
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { dataKey, wrappedKey: Buffer.concat([iv, wrapped, cipher.getAuthTag()]) };
  }

  unwrap(keyId: string, wrappedKey: Buffer): Buffer {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.wrapping,
      wrappedKey.subarray(0, IV_BYTES),
    );
    decipher.setAAD(Buffer.from(keyId, 'utf8'));
    decipher.setAuthTag(wrappedKey.subarray(wrappedKey.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(wrappedKey.subarray(IV_BYTES, wrappedKey.length - TAG_BYTES)),
      decipher.final(),
    ]);
  }
}

function derive(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), purpose, 32));
}

function normalise(customerRef: string): string {
  return customerRef.trim().toLowerCase();
}
