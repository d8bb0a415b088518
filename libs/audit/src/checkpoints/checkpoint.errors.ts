import { DomainError } from '@recovery/domain';

/**
 * A kept checkpoint that this store's key did not sign as it stands (422): its
 * numbers prove nothing, so nothing is compared, and its stored heads are not used.
 */
export class CheckpointSignatureInvalid extends DomainError {
  readonly code = 'checkpoint_signature_invalid';
  readonly kind = 'unprocessable';

  constructor(keyId: string, storeKeyId: string) {
    super(
      keyId === storeKeyId
        ? 'the checkpoint was altered after it was signed: its signature does not match its contents'
        : `the checkpoint names signing key ${keyId}; this store signs with ${storeKeyId}`,
      { keyId, storeKeyId },
    );
  }
}

/** No checkpoint with that id, or none taken yet (404). */
export class CheckpointNotFound extends DomainError {
  readonly code = 'checkpoint_not_found';
  readonly kind = 'not_found';

  constructor(checkpointId?: string) {
    super(
      checkpointId === undefined
        ? 'no checkpoint has been taken yet'
        : `no checkpoint ${checkpointId} was taken`,
      checkpointId === undefined ? {} : { checkpointId },
    );
  }
}
