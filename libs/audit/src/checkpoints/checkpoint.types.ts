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

/** What checking a kept checkpoint against the store found. */
export interface CheckpointVerification {
  /** True when the signature, the heads' digest, every head and every chain hold. */
  ok: boolean;
  /** The checkpoint is signed by the system's key and was not altered. */
  signatureValid: boolean;
  /** Its heads hash to its signed digest (nobody edited the list). */
  headsMatchDigest: boolean;
  /** Each stream whose head at the checkpoint's position is not what the checkpoint recorded. */
  differingStreams: HeadDifference[];
  /** The chains as they are now. */
  chains: VerifyReport;
}
