import { createHash } from 'node:crypto';
import { type Pool } from 'pg';
import { type Checkpoint } from '../event-store.types';

/** A stream's newest event at or before some checkpoint. */
export interface StreamHead {
  streamId: string;
  version: number;
  /** Hex sha256 link of that event. */
  hash: string;
}

/** How a stream's head now differs from the head a checkpoint recorded for it. */
export type HeadDifferenceReason =
  | 'stream-missing' // the checkpoint has it, the store no longer does: deleted
  | 'stream-added' // the store has it at or before the checkpoint, the checkpoint did not: inserted into the past
  | 'truncated' // fewer events than at the checkpoint: its tail was deleted
  | 'extended' // more events at or before the checkpoint than it had: inserted into the past
  | 'rewritten'; // same length, another hash: some event was changed and the chain recomputed

export interface HeadDifference {
  streamId: string;
  reason: HeadDifferenceReason;
  expected: { version: number; hash: string } | null;
  found: { version: number; hash: string } | null;
}

/** Every stream's head as of `at`, in bytewise stream-id order (the digest's order). */
export async function readStreamHeads(pool: Pool, at: Checkpoint): Promise<StreamHead[]> {
  const { rows } = await pool.query<{ stream_id: string; stream_version: string; hash: Buffer }>(
    `SELECT DISTINCT ON (e.stream_id) e.stream_id, e.stream_version, e.hash
       FROM events e
      WHERE (e.transaction_id, e.global_position) <= ($1::text::xid8, $2::bigint)
      ORDER BY e.stream_id, e.stream_version DESC`,
    [String(at.transactionId), at.globalPosition],
  );
  return sortedByStreamId(
    rows.map((row) => ({
      streamId: row.stream_id,
      version: Number(row.stream_version),
      hash: row.hash.toString('hex'),
    })),
  );
}

/**
 * The heads digest of a list of heads: sha256 over, for each stream in bytewise id
 * order, utf8(stream_id) ‖ 0x00 ‖ int8(version) ‖ hash (README "Heads digest"). Pure,
 * so a checkpoint's heads can be checked against its signed digest anywhere, without
 * a database.
 */
export function digestOfHeads(heads: readonly StreamHead[]): string {
  const sha = createHash('sha256');
  const version = Buffer.alloc(8);
  for (const head of sortedByStreamId(heads)) {
    version.writeBigInt64BE(BigInt(head.version));
    sha.update(Buffer.from(head.streamId, 'utf8'));
    sha.update(Buffer.of(0));
    sha.update(version);
    sha.update(Buffer.from(head.hash, 'hex'));
  }
  return sha.digest('hex');
}

/** Each stream whose head differs between a checkpoint (`expected`) and the store now (`found`), by stream id. */
export function compareHeads(
  expected: readonly StreamHead[],
  found: readonly StreamHead[],
): HeadDifference[] {
  const now = new Map(found.map((head) => [head.streamId, head]));
  const then = new Map(expected.map((head) => [head.streamId, head]));
  const differences: HeadDifference[] = [];
  for (const head of expected) {
    const current = now.get(head.streamId);
    const reason = !current
      ? 'stream-missing'
      : current.version < head.version
        ? 'truncated'
        : current.version > head.version
          ? 'extended'
          : current.hash !== head.hash
            ? 'rewritten'
            : null;
    if (reason) differences.push(difference(head.streamId, reason, head, current));
  }
  for (const head of found)
    if (!then.has(head.streamId))
      differences.push(difference(head.streamId, 'stream-added', undefined, head));
  return sortedByStreamId(differences);
}

function difference(
  streamId: string,
  reason: HeadDifferenceReason,
  expected: StreamHead | undefined,
  found: StreamHead | undefined,
): HeadDifference {
  const pick = (head?: StreamHead) => (head ? { version: head.version, hash: head.hash } : null);
  return { streamId, reason, expected: pick(expected), found: pick(found) };
}

function sortedByStreamId<T extends { streamId: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    Buffer.compare(Buffer.from(a.streamId, 'utf8'), Buffer.from(b.streamId, 'utf8')),
  );
}
