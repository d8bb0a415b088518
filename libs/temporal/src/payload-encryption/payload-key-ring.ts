import { type PayloadEncryptionKey } from '@recovery/config';
import { PayloadKeyUnknown } from './payload-encryption.errors';

/**
 * The codec's AES-256 keys by id. The first encrypts; every one decrypts, so a
 * new key can go first while payloads sealed under the old ones stay readable.
 */
export class PayloadKeyRing {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(keys: readonly PayloadEncryptionKey[]) {
    const [first] = keys;
    if (!first) throw new Error('a payload key ring needs at least one key');
    this.encryptingKeyId = first.id;
    this.keys = new Map(keys.map(({ id, key }) => [id, key]));
  }

  /** The id new payloads are encrypted under. */
  readonly encryptingKeyId: string;

  /** The key that encrypts new payloads. */
  encryptingKey(): Buffer {
    return this.key(this.encryptingKeyId);
  }

  /** The key named `keyId`; {@link PayloadKeyUnknown} when the ring does not hold it. */
  key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new PayloadKeyUnknown(keyId, [...this.keys.keys()]);
    return key;
  }
}
