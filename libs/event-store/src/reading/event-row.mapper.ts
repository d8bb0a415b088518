import { type EventMetadata } from '@recovery/domain';
import { type JsonObject, type PersonalDataView, type StoredEvent } from '../event-store.types';
import { type UpcasterRegistry } from '../upcasting/upcaster-registry';

/** Columns every read selects; `e` is events, `pd` the left-joined personal data. */
export const EVENT_COLUMNS = `e.event_id, e.stream_id, e.stream_version, e.global_position,
  e.transaction_id::text AS transaction_id, e.type, e.schema_version, e.data, e.metadata,
  e.personal_data_digest, e.occurred_at, e.recorded_at, e.prev_hash, e.hash,
  pd.subject_id AS pd_subject_id, pd.salt AS pd_salt, pd.data AS pd_data`;

/** FROM clause matching EVENT_COLUMNS. */
export const EVENT_SOURCE = `events e LEFT JOIN event_personal_data pd ON pd.event_id = e.event_id`;

/** A row as node-postgres returns it: int8 as string, jsonb parsed, bytea as Buffer. */
export interface EventRow {
  event_id: string;
  stream_id: string;
  stream_version: string;
  global_position: string;
  transaction_id: string;
  type: string;
  schema_version: number;
  data: JsonObject;
  metadata: EventMetadata;
  personal_data_digest: Buffer | null;
  occurred_at: Date;
  recorded_at: Date;
  prev_hash: Buffer;
  hash: Buffer;
  pd_subject_id: string | null;
  pd_salt: Buffer | null;
  pd_data: JsonObject | null;
}

/** Maps a stored row to the event readers see, upcast to the current schema. */
export function toStoredEvent(row: EventRow, upcasters: UpcasterRegistry): StoredEvent {
  const { schemaVersion, data } = upcasters.upcast(row.type, row.schema_version, row.data);
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: Number(row.global_position),
    transactionId: Number(row.transaction_id),
    type: row.type,
    schemaVersion,
    data,
    metadata: row.metadata,
    personalData: toPersonalDataView(row),
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    hash: row.hash.toString('hex'),
    prevHash: row.prev_hash.toString('hex'),
  };
}

function toPersonalDataView(row: EventRow): PersonalDataView | null {
  if (row.personal_data_digest === null) return null;
  if (row.pd_subject_id === null || row.pd_data === null) return { status: 'erased' };
  return { status: 'present', subjectId: row.pd_subject_id, data: row.pd_data };
}
