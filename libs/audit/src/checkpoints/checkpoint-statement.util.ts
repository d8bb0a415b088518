import { canonicalJson } from '@recovery/event-store';
import { type CheckpointSummary } from './checkpoint.types';

/**
 * The bytes a checkpoint's signature covers: the canonical JSON (sorted keys, no
 * spaces) of everything in its summary but the signature. The heads are covered
 * through `headsDigest`. Offline verifiers rebuild the same bytes from the JSON they kept.
 */
export function checkpointStatement(checkpoint: Omit<CheckpointSummary, 'signature'>): Buffer {
  const { checkpointId, position, headsDigest, streams, events, takenAt, takenBy, keyId } =
    checkpoint;
  return Buffer.from(
    canonicalJson({
      checkpointId,
      position,
      headsDigest,
      streams,
      events,
      takenAt,
      takenBy,
      keyId,
    }),
    'utf8',
  );
}
