// A verification thread (chain-range-thread.ts): walks one stream-id range of the store in
// the snapshot it is given, posts its partial report and ends.
import { parentPort, workerData } from 'node:worker_threads';
import pg, { escapeLiteral } from 'pg';
import { type RangeJob } from './chain-range-thread';
import { walkChains } from './chain-verifier';
import { rangeCondition } from './stream-id-range';

const job = workerData as RangeJob;
const client = new pg.Client(job.connection);
await client.connect();
try {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  await client.query(`SET TRANSACTION SNAPSHOT ${escapeLiteral(job.snapshot)}`);
  const { report } = await walkChains(client, rangeCondition(job.range));
  parentPort?.postMessage(report);
} finally {
  await client.end();
}
