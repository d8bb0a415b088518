import { DataSource } from 'typeorm';
import { type StreamHead } from '@recovery/event-store';
import {
  type CheckpointPage,
  type CheckpointSummary,
  type SignedCheckpoint,
} from './checkpoint.types';

interface CheckpointRow {
  checkpoint_id: string;
  sequence: string;
  transaction_id: string;
  global_position: string;
  heads_digest: string;
  streams: number;
  events: string;
  taken_at: Date;
  taken_by: string;
  key_id: string;
  signature: string;
  heads?: StreamHead[];
}

const SUMMARY_COLUMNS = `checkpoint_id, sequence, transaction_id, global_position, heads_digest, streams,
  events, taken_at, taken_by, key_id, signature`;

const toSummary = (row: CheckpointRow): CheckpointSummary => ({
  checkpointId: row.checkpoint_id,
  position: {
    transactionId: Number(row.transaction_id),
    globalPosition: Number(row.global_position),
  },
  headsDigest: row.heads_digest,
  streams: row.streams,
  events: Number(row.events),
  takenAt: row.taken_at.toISOString(),
  takenBy: row.taken_by,
  keyId: row.key_id,
  signature: row.signature,
});

/** SQL of `audit_checkpoints`: insert-only, newest first. */
export class AuditCheckpointsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(checkpoint: SignedCheckpoint): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_checkpoints (checkpoint_id, transaction_id, global_position, heads_digest,
         streams, events, heads, taken_at, taken_by, key_id, signature)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        checkpoint.checkpointId,
        checkpoint.position.transactionId,
        checkpoint.position.globalPosition,
        checkpoint.headsDigest,
        checkpoint.streams,
        checkpoint.events,
        JSON.stringify(checkpoint.heads),
        checkpoint.takenAt,
        checkpoint.takenBy,
        checkpoint.keyId,
        checkpoint.signature,
      ],
    );
  }

  /** Newest first, without their heads, older than the `before` sequence (a cursor). */
  async list(page: { limit: number; before?: number }): Promise<CheckpointPage> {
    const rows = await this.dataSource.query<CheckpointRow[]>(
      `SELECT ${SUMMARY_COLUMNS} FROM audit_checkpoints
        WHERE $1::bigint IS NULL OR sequence < $1::bigint
        ORDER BY sequence DESC LIMIT $2`,
      [page.before ?? null, page.limit],
    );
    const last = rows.at(-1);
    return {
      checkpoints: rows.map(toSummary),
      lastSequence: rows.length === page.limit && last ? Number(last.sequence) : undefined,
    };
  }

  /** One checkpoint with its heads, if it was taken. */
  async find(checkpointId: string): Promise<SignedCheckpoint | undefined> {
    const [row] = await this.dataSource.query<CheckpointRow[]>(
      `SELECT ${SUMMARY_COLUMNS}, heads FROM audit_checkpoints WHERE checkpoint_id::text = $1`,
      [checkpointId],
    );
    return row && withHeads(row);
  }

  /** The newest checkpoint with its heads, if any was taken. */
  async latest(): Promise<SignedCheckpoint | undefined> {
    const [row] = await this.dataSource.query<CheckpointRow[]>(
      `SELECT ${SUMMARY_COLUMNS}, heads FROM audit_checkpoints ORDER BY sequence DESC LIMIT 1`,
    );
    return row && withHeads(row);
  }
}

const withHeads = (row: CheckpointRow): SignedCheckpoint => ({
  ...toSummary(row),
  heads: row.heads ?? [],
});
