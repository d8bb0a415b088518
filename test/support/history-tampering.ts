import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { contentDigest, linkHash } from '../../libs/event-store/src/hashing/event-hash.util';
import { type EventRow } from '../../libs/event-store/src/reading/event-row.mapper';
import { withoutTriggers } from './test-database';

/**
 * Tampering with history as an attacker holding the database owner's role would
 * (issue 14): triggers off, foreign keys still on. Every helper takes the owner's
 * DataSource ({@link openTestDataSource}).
 */

/** Runs `tamper`, then `check`, then puts the stream's events and their personal data back as they were. */
export async function whileTampered(
  owner: DataSource,
  streamId: string,
  tamper: () => Promise<void>,
  check: () => Promise<void>,
): Promise<void> {
  const backup = `tamper_backup_${randomUUID().replace(/-/g, '')}`;
  await owner.query(`CREATE TABLE ${backup} AS SELECT * FROM events WHERE stream_id = $1`, [
    streamId,
  ]);
  await owner.query(
    `CREATE TABLE ${backup}_pd AS SELECT * FROM event_personal_data
      WHERE event_id IN (SELECT event_id FROM ${backup})`,
  );
  try {
    await tamper();
    await check();
  } finally {
    await deleteEventsFrom(owner, streamId, 1);
    await withoutTriggers(owner, `INSERT INTO events SELECT * FROM ${backup}`, []);
    await withoutTriggers(owner, `INSERT INTO event_personal_data SELECT * FROM ${backup}_pd`, []);
    await owner.query(`DROP TABLE ${backup}, ${backup}_pd`);
  }
}

/** Deletes a stream's events from `fromVersion` on, with their personal data (its foreign key holds). */
export function deleteEventsFrom(
  owner: DataSource,
  streamId: string,
  fromVersion: number,
): Promise<void> {
  return withoutTriggers(
    owner,
    `WITH doomed AS (SELECT event_id FROM events WHERE stream_id = $1 AND stream_version >= $2),
          sealed AS (DELETE FROM event_personal_data WHERE event_id IN (SELECT event_id FROM doomed))
     DELETE FROM events WHERE event_id IN (SELECT event_id FROM doomed)`,
    [streamId, fromVersion],
  );
}

/** Deletes a stream's last event: a removed tail, which the chain alone cannot show. */
export async function deleteLastEvent(owner: DataSource, streamId: string): Promise<void> {
  const [{ head }] = await owner.query<{ head: string }[]>(
    `SELECT max(stream_version) AS head FROM events WHERE stream_id = $1`,
    [streamId],
  );
  await deleteEventsFrom(owner, streamId, Number(head));
}

/** Deletes every event of a stream. */
export function deleteStream(owner: DataSource, streamId: string): Promise<void> {
  return deleteEventsFrom(owner, streamId, 1);
}

type LastEvent = Omit<
  EventRow,
  'transaction_id' | 'hash' | 'pd_subject_id' | 'pd_salt' | 'pd_data'
>;

/** Edits the last event's data and recomputes its link with the published algorithm, so the chain still holds. */
export async function rewriteLastEventWithChain(
  owner: DataSource,
  streamId: string,
): Promise<void> {
  const [last] = await owner.query<LastEvent[]>(
    `SELECT event_id, stream_id, stream_version, global_position, type, schema_version, data,
            metadata, personal_data_digest, occurred_at, recorded_at, prev_hash
       FROM events WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1`,
    [streamId],
  );
  const data = { ...last.data, forged: true };
  const digest = contentDigest({
    eventId: last.event_id,
    streamId: last.stream_id,
    type: last.type,
    schemaVersion: last.schema_version,
    data,
    metadata: last.metadata,
    occurredAt: last.occurred_at,
    personalDataDigest: last.personal_data_digest,
  });
  const position = {
    streamVersion: Number(last.stream_version),
    globalPosition: Number(last.global_position),
    recordedAt: last.recorded_at,
  };
  await withoutTriggers(owner, `UPDATE events SET data = $2, hash = $3 WHERE event_id = $1`, [
    last.event_id,
    JSON.stringify(data),
    linkHash(last.prev_hash, position, digest),
  ]);
}
