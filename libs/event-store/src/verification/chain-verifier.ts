import { type ClientBase, escapeLiteral, type Pool } from 'pg';
import { streamBinaryCopy } from './binary-copy';
import { CHAIN_COLUMN_COUNT, CHAIN_COLUMNS, CHAIN_FROM } from './chain-row';
import { ChainWalker } from './chain-walker';
import { type VerifyReport } from './verify-report';

export { type BrokenLink, type BrokenLinkReason, type VerifyReport } from './verify-report';

/**
 * Recomputes every chain (or one stream's) in (stream, version) order on one
 * connection; stops at the first broken link. A removed tail leaves a valid shorter
 * chain: only a heads digest kept outside the system reveals it (a signed checkpoint,
 * EventStore.headsSnapshot). The whole store can also be walked by several threads
 * (verifyChainsInParallel).
 */
export async function verifyChains(pool: Pool, streamId?: string): Promise<VerifyReport> {
  const client = await pool.connect();
  let reusable = false;
  try {
    const condition = streamId === undefined ? 'TRUE' : `e.stream_id = ${escapeLiteral(streamId)}`;
    const { report, complete } = await walkChains(client, condition);
    reusable = complete;
    return report;
  } finally {
    client.release(!reusable);
  }
}

/**
 * Walks the chains of the streams matching `condition` (SQL over `events e`, literals
 * only) in the client's snapshot. One binary COPY streams the rows (issue 14: a
 * million events in seconds): the server produces rows while this thread hashes them,
 * and no row is decoded into objects or text unless the fast digest misses
 * (ChainWalker). `complete` is false when it stopped early: the connection is then
 * still receiving rows and must be discarded.
 */
export async function walkChains(
  client: ClientBase,
  condition: string,
): Promise<{ report: VerifyReport; complete: boolean }> {
  const report: VerifyReport = { ok: true, streams: 0, events: 0, erasedPersonalData: 0 };
  const walker = new ChainWalker(report);
  const outcome = await streamBinaryCopy(
    client,
    `SELECT ${CHAIN_COLUMNS} FROM ${CHAIN_FROM} WHERE ${condition} ORDER BY e.stream_id, e.stream_version`,
    CHAIN_COLUMN_COUNT,
    (row) => walker.accept(row),
  );
  return {
    report: walker.broken ? { ...report, ok: false, broken: walker.broken } : report,
    complete: outcome === 'complete',
  };
}
