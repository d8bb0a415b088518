import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { compareHeads, digestOfHeads, EventStore, type StreamHead } from '@recovery/event-store';
import { AuditVerificationService } from '../verification/audit-verification.service';
import { AuditSigningKey, type SigningKeyJwk } from './audit-signing-key';
import { AuditCheckpointsRepository } from './audit-checkpoints.repository';
import { CheckpointNotFound, CheckpointSignatureInvalid } from './checkpoint.errors';
import { isSignedBy } from './checkpoint-signature.util';
import { checkpointStatement } from './checkpoint-statement.util';
import {
  type CheckpointPage,
  type CheckpointVerification,
  type KeptCheckpoint,
  type SignedCheckpoint,
} from './checkpoint.types';

/**
 * Signed checkpoints (issue 14): the store's position and every stream's head there,
 * signed with the audit key. An auditor keeps one outside the system; checking it
 * later proves that nothing at or before it was deleted, cut short or rewritten, even
 * with the chains recomputed, which the chains alone cannot show.
 */
@Injectable()
export class AuditCheckpointsService {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(AuditCheckpointsRepository) private readonly repository: AuditCheckpointsRepository,
    @Inject(AuditSigningKey) private readonly key: AuditSigningKey,
    @Inject(AuditVerificationService) private readonly verification: AuditVerificationService,
  ) {}

  get signingKey(): SigningKeyJwk {
    return this.key.publicJwk;
  }

  /** Takes and stores a checkpoint at the newest position no running transaction can precede. */
  async take(takenBy: string): Promise<SignedCheckpoint> {
    const snapshot = await this.store.headsSnapshot();
    const unsigned = {
      checkpointId: randomUUID(),
      position: snapshot.checkpoint,
      headsDigest: snapshot.digest,
      streams: snapshot.streams,
      events: snapshot.events,
      takenAt: new Date().toISOString(),
      takenBy,
      keyId: this.key.keyId,
    };
    const checkpoint = {
      ...unsigned,
      signature: this.key.sign(checkpointStatement(unsigned)),
      heads: snapshot.heads,
    };
    await this.repository.insert(checkpoint);
    return checkpoint;
  }

  list(page: { limit: number; before?: number }): Promise<CheckpointPage> {
    return this.repository.list(page);
  }

  /** The newest checkpoint with its heads. */
  async latest(): Promise<SignedCheckpoint> {
    const newest = await this.repository.latest();
    if (!newest) throw new CheckpointNotFound();
    return newest;
  }

  /** One checkpoint with its heads. */
  async find(checkpointId: string): Promise<SignedCheckpoint> {
    const found = await this.repository.find(checkpointId);
    if (!found) throw new CheckpointNotFound(checkpointId);
    return found;
  }

  /**
   * Checks a checkpoint an auditor kept. Its signature first: one this key did not sign
   * proves nothing, so it is refused before anything is read (and its stored heads are
   * never trusted on its word). Then every stream's head at its position, recomputed
   * now, against its signed digest, naming each stream that differs (from the heads
   * sent, or the stored copy when those still match the digest), and the store as it
   * is now: its chains and read models.
   */
  async verify(checkpoint: KeptCheckpoint): Promise<CheckpointVerification> {
    if (!isSignedBy(checkpoint, this.key.publicJwk))
      throw new CheckpointSignatureInvalid(checkpoint.keyId, this.key.keyId);
    const [now, store, kept] = await Promise.all([
      this.store.headsSnapshot(checkpoint.position),
      this.verification.verify(),
      this.headsOf(checkpoint),
    ]);
    const storeMatchesDigest = now.digest === checkpoint.headsDigest;
    return {
      ok: storeMatchesDigest && store.ok,
      storeMatchesDigest,
      headsFrom: kept.from,
      differingStreams: kept.heads ? compareHeads(kept.heads, now.heads) : [],
      store,
    };
  }

  /** Heads that hash to the checkpoint's signed digest: the ones sent, else the stored copy's. */
  private async headsOf(
    checkpoint: KeptCheckpoint,
  ): Promise<{ from: CheckpointVerification['headsFrom']; heads?: StreamHead[] }> {
    const matches = (heads?: StreamHead[]): heads is StreamHead[] =>
      heads !== undefined && digestOfHeads(heads) === checkpoint.headsDigest;
    if (matches(checkpoint.heads)) return { from: 'request', heads: checkpoint.heads };
    const stored = (await this.repository.find(checkpoint.checkpointId))?.heads;
    return matches(stored) ? { from: 'stored', heads: stored } : { from: 'none' };
  }

  /**
   * The worker's periodic checkpoint: taken when the newest is older than `intervalMs`
   * and the store has moved since. Two workers due at once may both take one; both are
   * valid, signed checkpoints.
   */
  async takeIfDue(intervalMs: number, now = Date.now()): Promise<SignedCheckpoint | undefined> {
    const {
      checkpoints: [newest],
    } = await this.repository.list({ limit: 1 });
    if (newest && now - Date.parse(newest.takenAt) < intervalMs) return undefined;
    const horizon = (await this.store.headsDigest()).checkpoint;
    const moved =
      !newest ||
      horizon.transactionId !== newest.position.transactionId ||
      horizon.globalPosition !== newest.position.globalPosition;
    return moved ? this.take(PERIODIC_TAKER) : undefined;
  }
}

/** Who takes the worker's periodic checkpoints. */
export const PERIODIC_TAKER = 'system';
