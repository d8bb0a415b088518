import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
// A CommonJS package: Node's ESM loader does not see its named exports.
import proto from '@temporalio/proto';
import { PayloadUndecryptable } from './payload-encryption.errors';
import { type PayloadKeyRing } from './payload-key-ring';

/** The `encoding` of a payload this codec sealed (Temporal's samples-typescript `encryption`). */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** Metadata naming the key a payload was sealed under. */
export const ENCRYPTION_KEY_ID_METADATA = 'encryption-key-id';

const { Payload: PayloadMessage } = proto.temporal.api.common.v1;
const CIPHER = 'aes-256-gcm';
// Random 96-bit IVs: NIST SP 800-38D allows one key 2^32 of them; a new first key starts afresh.
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Temporal payload codec: every payload, metadata included, proto-encoded and sealed
 * with AES-256-GCM as iv ‖ ciphertext ‖ tag, so histories, query answers and update
 * arguments hold nothing readable. Payloads not marked encrypted decode unchanged:
 * histories recorded before the codec still replay.
 */
export class PayloadEncryptionCodec implements PayloadCodec {
  constructor(private readonly keys: PayloadKeyRing) {}

  // Sealing is synchronous; inside the executor a throw becomes the rejection callers await.
  encode(payloads: Payload[]): Promise<Payload[]> {
    return new Promise((resolve) => resolve(payloads.map((payload) => this.seal(payload))));
  }

  decode(payloads: Payload[]): Promise<Payload[]> {
    return new Promise((resolve) => resolve(payloads.map((payload) => this.open(payload))));
  }

  private seal(payload: Payload): Payload {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(CIPHER, this.keys.encryptingKey(), iv, {
      authTagLength: TAG_BYTES,
    });
    const plain = PayloadMessage.encode(payload).finish();
    const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING),
        [ENCRYPTION_KEY_ID_METADATA]: Buffer.from(this.keys.encryptingKeyId),
      },
      data: sealed,
    };
  }

  private open(payload: Payload): Payload {
    if (!isEncrypted(payload)) return payload;
    const keyId = payload.metadata?.[ENCRYPTION_KEY_ID_METADATA];
    if (!keyId) throw new PayloadUndecryptable(`no ${ENCRYPTION_KEY_ID_METADATA} metadata`);
    const key = this.keys.key(Buffer.from(keyId).toString());
    const sealed = Buffer.from(payload.data ?? []);
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new PayloadUndecryptable('too short');
    const decipher = createDecipheriv(CIPHER, key, sealed.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
      finalOrRefuse(decipher),
    ]);
    return PayloadMessage.decode(plain);
  }
}

/** True for a payload this codec sealed (its `encoding` is {@link ENCRYPTED_ENCODING}). */
function isEncrypted(payload: Payload): boolean {
  const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
  return encoding !== undefined && Buffer.from(encoding).toString() === ENCRYPTED_ENCODING;
}

// GCM checks the tag in final(): a wrong key or an altered byte fails there.
function finalOrRefuse(decipher: ReturnType<typeof createDecipheriv>): Buffer {
  try {
    return decipher.final();
  } catch {
    throw new PayloadUndecryptable(
      'its authentication tag does not match (altered, or another key)',
    );
  }
}
