import { type Pool } from 'pg';
import { type Checkpoint } from '../event-store.types';
import { digestOfHeads, readStreamHeads, type StreamHead } from './stream-heads';

export interface HeadsDigest {
  /** Every event at or before this checkpoint is covered. */
  checkpoint: Checkpoint;
  /** Hex sha256; see README "Heads digest" for the exact byte layout. */
  digest: string;
  streams: number;
  events: number;
}

/** Every stream's head as of a checkpoint, and the one digest over them. */
export interface HeadsSnapshot extends HeadsDigest {
  heads: StreamHead[];
}

/**
 * The head of every stream as of a checkpoint and a single hash over them
 * (digestOfHeads). Recomputed later for the same checkpoint it must be identical:
 * otherwise history at or before the checkpoint was rewritten, even if every chain
 * was recomputed. Default checkpoint: the newest event no running transaction can precede.
 */
export async function readHeadsSnapshot(pool: Pool, at?: Checkpoint): Promise<HeadsSnapshot> {
  const checkpoint = at ?? (await safeHorizon(pool));
  const heads = await readStreamHeads(pool, checkpoint);
  return {
    checkpoint,
    digest: digestOfHeads(heads),
    streams: heads.length,
    events: heads.reduce((sum, head) => sum + head.version, 0),
    heads,
  };
}

async function safeHorizon(pool: Pool): Promise<Checkpoint> {
  const { rows } = await pool.query<{ transaction_id: string; global_position: string }>(
    `SELECT e.transaction_id::text AS transaction_id, e.global_position FROM events e
      WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`,
  );
  const row = rows[0];
  return row
    ? { transactionId: Number(row.transaction_id), globalPosition: Number(row.global_position) }
    : { transactionId: 0, globalPosition: 0 };
}
