import {
  type Checkpoint,
  type HeadDifference,
  type StreamHead,
  type VerifyReport,
} from '@recovery/event-store';

/** A checkpoint as listed: where the store stood, the digest of its heads there, signed. */
export interface CheckpointSummary {
  checkpointId: string;
  /** Every event at or before this position is covered. */
  position: Checkpoint;
  /** Hex sha256 over every stream head at the position (digestOfHeads). */
  headsDigest: string;
  streams: number;
  events: number;
  takenAt: string;
  /** Who asked for it, or `system` for the worker's periodic ones. */
  takenBy: string;
  /** The signing key's RFC 7638 thumbprint (the JWK's `kid`). */
  keyId: string;
  /** Base64url Ed25519 signature of checkpointStatement(this). */
  signature: string;
}

/** A checkpoint as an auditor keeps it: with every stream's head, which the digest covers. */
export interface SignedCheckpoint extends CheckpointSummary {
  heads: StreamHead[];
}

/** A kept checkpoint sent back to be checked; without heads, the stored copy's are used when they match. */
export type KeptCheckpoint = CheckpointSummary & { heads?: StreamHead[] };

/** What checking a kept checkpoint against the store found. */
export interface CheckpointVerification {
  /** True when the signature holds, the store still has the signed heads and every chain holds. */
  ok: boolean;
  /** The checkpoint is signed by the system's key and was not altered. */
  signatureValid: boolean;
  /** The heads of every stream at the checkpoint's position, recomputed now, hash to its signed digest. */
  storeMatchesDigest: boolean;
  /** Whose list of heads named the differing streams: the request's, the stored copy's, or none that matched the digest. */
  headsFrom: 'request' | 'stored' | 'none';
  /** Each stream whose head at the checkpoint's position is not what the checkpoint recorded (needs heads). */
  differingStreams: HeadDifference[];
  /** The chains as they are now. */
  chains: VerifyReport;
}
