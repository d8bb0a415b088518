import { DomainError } from '@recovery/domain';

/**
 * A payload sealed under a key id the key ring does not hold (422): a key was
 * retired from PAYLOAD_ENCRYPTION_KEYS while histories still need it.
 */
export class PayloadKeyUnknown extends DomainError {
  readonly code = 'payload_key_unknown';
  readonly kind = 'unprocessable';

  constructor(keyId: string, heldKeyIds: readonly string[]) {
    super(
      `the payload is encrypted with key "${keyId}", which PAYLOAD_ENCRYPTION_KEYS does not hold ` +
        `(it holds ${heldKeyIds.map((id) => `"${id}"`).join(', ')})`,
      { keyId, heldKeyIds },
    );
  }
}

/** A payload marked encrypted that cannot be opened: no key id, too short, or altered (422). */
export class PayloadUndecryptable extends DomainError {
  readonly code = 'payload_undecryptable';
  readonly kind = 'unprocessable';

  constructor(reason: string) {
    super(`the encrypted payload cannot be decrypted: ${reason}`, { reason });
  }
}
