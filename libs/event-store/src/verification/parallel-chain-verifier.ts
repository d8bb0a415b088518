import { type Pool } from 'pg';
import { connectionOf, walkRangeInThread } from './chain-range-thread';
import { planStreamIdRanges } from './range-plan';
import { mergeRangeReports } from './range-reports';
import { type VerifyReport } from './verify-report';

/**
 * verifyChains over the whole store, split into stream-id ranges walked by `threads`
 * worker threads at once, each with its own connection and COPY (issue 14: hashing is
 * the bottleneck, and one thread hashes on one core). Every thread reads the snapshot
 * this connection exports, so together they see one store, as a single walk would;
 * the merged report is the one a single walk gives (mergeRangeReports).
 */
export async function verifyChainsInParallel(pool: Pool, threads: number): Promise<VerifyReport> {
  const coordinator = await pool.connect();
  try {
    await coordinator.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await coordinator.query<{ snapshot: string }>(
      'SELECT pg_export_snapshot() AS snapshot',
    );
    const ranges = await planStreamIdRanges(coordinator, threads);
    const connection = connectionOf(pool);
    const reports = await Promise.all(
      ranges.map((range) => walkRangeInThread({ connection, snapshot: rows[0].snapshot, range })),
    );
    return mergeRangeReports(reports);
  } finally {
    // Discarded rather than rolled back: closing it ends the transaction that held the snapshot.
    coordinator.release(true);
  }
}
