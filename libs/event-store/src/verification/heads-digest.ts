import { type Pool } from 'pg';
import { type Checkpoint } from '../event-store.types';

export interface HeadsDigest {
  /** Every event at or before this checkpoint is covered. */
  checkpoint: Checkpoint;
  /** Hex sha256; see README "Heads digest" for the exact byte layout. */
  digest: string;
  streams: number;
  events: number;
}

/**
 * A single hash over the head of every stream as of a checkpoint: sha256 of, for each
 * stream in bytewise stream-id order, utf8(stream_id) ‖ 0x00 ‖ int8(version) ‖ hash.
 * Recomputed later for the same checkpoint it must be identical: otherwise history at
 * or before the checkpoint was rewritten, even if every chain was recomputed.
 * Default checkpoint: the newest event no running transaction can precede.
 */
export async function computeHeadsDigest(pool: Pool, at?: Checkpoint): Promise<HeadsDigest> {
  const checkpoint = at ?? (await safeHorizon(pool));
  const { rows } = await pool.query<{ digest: Buffer; streams: string; events: string }>(
    `WITH heads AS (
       SELECT DISTINCT ON (e.stream_id) e.stream_id, e.stream_version, e.hash
         FROM events e
        WHERE (e.transaction_id, e.global_position) <= ($1::text::xid8, $2::bigint)
        ORDER BY e.stream_id, e.stream_version DESC)
     SELECT sha256(coalesce(string_agg(convert_to(stream_id, 'UTF8') || '\\x00'::bytea
                     || int8send(stream_version) || hash, ''::bytea ORDER BY stream_id COLLATE "C"), ''::bytea)) AS digest,
            count(*) AS streams, coalesce(sum(stream_version), 0) AS events
       FROM heads`,
    [String(checkpoint.transactionId), checkpoint.globalPosition],
  );
  const row = rows[0];
  return {
    checkpoint,
    digest: row.digest.toString('hex'),
    streams: Number(row.streams),
    events: Number(row.events),
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
