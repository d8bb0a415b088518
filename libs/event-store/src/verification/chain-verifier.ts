import { escapeLiteral, type Pool } from 'pg';
import { streamBinaryCopy } from './binary-copy';
import { CHAIN_COLUMN_COUNT, CHAIN_COLUMNS, CHAIN_FROM } from './chain-row';
import { ChainWalker } from './chain-walker';
import { type VerifyReport } from './verify-report';

export { type BrokenLink, type BrokenLinkReason, type VerifyReport } from './verify-report';

/**
 * Recomputes every chain (or one stream's) in (stream, version) order; stops at the
 * first broken link. A removed tail leaves a valid shorter chain: only a heads digest
 * kept outside the system reveals it (a signed checkpoint, EventStore.headsSnapshot).
 *
 * One binary COPY streams the rows (issue 14: a million events in seconds): the server
 * produces rows while this process hashes them, in one snapshot, and no row is decoded
 * into objects or text unless the fast digest misses (ChainWalker).
 */
export async function verifyChains(pool: Pool, streamId?: string): Promise<VerifyReport> {
  const report: VerifyReport = { ok: true, streams: 0, events: 0, erasedPersonalData: 0 };
  const walker = new ChainWalker(report);
  // COPY takes no bind parameters: the stream id goes in as an escaped literal.
  const where = streamId === undefined ? '' : `WHERE e.stream_id = ${escapeLiteral(streamId)}`;
  await streamBinaryCopy(
    await pool.connect(),
    `SELECT ${CHAIN_COLUMNS} FROM ${CHAIN_FROM} ${where} ORDER BY e.stream_id, e.stream_version`,
    CHAIN_COLUMN_COUNT,
    (row) => walker.accept(row),
  );
  return walker.broken ? { ...report, ok: false, broken: walker.broken } : report;
}
