import { jwkThumbprint, type SigningKeyJwk, verifySignature } from './audit-signing-key';
import { checkpointStatement } from './checkpoint-statement.util';
import { type CheckpointSummary } from './checkpoint.types';

/**
 * True when `key` signed exactly this checkpoint summary. Needs no database: shared by
 * POST /v1/audit/verify and the offline `npm run audit:verify`. The key's `kid` must be
 * its own thumbprint, so a key file whose `x` was swapped cannot pass for the named key.
 */
export function isSignedBy(checkpoint: CheckpointSummary, key: SigningKeyJwk): boolean {
  return (
    checkpoint.keyId === key.kid &&
    jwkThumbprint(key.x) === key.kid &&
    verifySignature(key, checkpointStatement(checkpoint), checkpoint.signature)
  );
}
