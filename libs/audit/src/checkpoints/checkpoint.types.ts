import { type Checkpoint, type HeadDifference, type StreamHead } from '@recovery/event-store';
import { type AuditVerification } from '../verification/audit-verification.service';

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

/** One page of checkpoints, newest first. */
export interface CheckpointPage {
  checkpoints: CheckpointSummary[];
  /** Pass as `before` for the next (older) page; absent: no more. */
  lastSequence?: number;
}

/** What checking a kept checkpoint, signed by this store's key, against the store found. */
export interface CheckpointVerification {
  /** True when the store still has the signed heads and the store verifies as it is now. */
  ok: boolean;
  /** The heads of every stream at the checkpoint's position, recomputed now, hash to its signed digest. */
  storeMatchesDigest: boolean;
  /** Whose list of heads named the differing streams: the request's, the stored copy's, or none that matched the digest. */
  headsFrom: 'request' | 'stored' | 'none';
  /** Each stream whose head at the checkpoint's position is not what the checkpoint recorded (needs heads). */
  differingStreams: HeadDifference[];
  /** The store as it is now: its chains and read models, as GET /v1/audit/verify answers. */
  store: AuditVerification;
}
