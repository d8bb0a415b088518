import { digestOfHeads } from '@recovery/event-store';
import { type SigningKeyJwk, verifySignature } from './audit-signing-key';
import { checkpointStatement } from './checkpoint-statement.util';
import { type SignedCheckpoint } from './checkpoint.types';

/**
 * What a checkpoint proves on its own, with no database: that `key` signed it and that
 * its heads are the ones the signed digest covers. Shared by POST /v1/audit/verify and
 * the offline `npm run audit:verify`.
 */
export function checkSignedCheckpoint(
  checkpoint: SignedCheckpoint,
  key: SigningKeyJwk,
): { signatureValid: boolean; headsMatchDigest: boolean } {
  return {
    signatureValid:
      checkpoint.keyId === key.kid &&
      verifySignature(key, checkpointStatement(checkpoint), checkpoint.signature),
    headsMatchDigest: digestOfHeads(checkpoint.heads) === checkpoint.headsDigest,
  };
}
