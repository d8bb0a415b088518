import {
  incidentIdFromStreamId,
  isUuid,
  type IncidentEventData,
  type IncidentEventType,
} from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';

/** Types of the columns a statement reads from its JSON records. */
export type SqlType = 'uuid' | 'text' | 'integer' | 'bigint' | 'boolean' | 'timestamptz';

/** One record handed to a statement; keys are the statement's columns. */
export type AuditRecord = Record<string, string | number | boolean | null | undefined>;

/** What a record builder sees besides the event data. */
export interface EventContext {
  incidentId: string;
  event: StoredEvent;
}

/**
 * How one event type changes the audit read models: a set-based SQL statement over
 * the batch's records (one round trip per type per batch, not per event).
 * `pick` makes the result independent of batch boundaries, so a rebuild with any
 * batch size gives the same read models:
 * - 'all': every record (inserts that ignore duplicates);
 * - 'first' / 'last': one record per `key`, the earliest / latest in global order;
 *   'first' statements only fill columns that are still empty.
 */
export interface AuditStatement<T extends IncidentEventType> {
  columns: Readonly<Record<string, SqlType>>;
  pick: 'all' | 'first' | 'last';
  key?: string;
  /** SQL with `{records}` where the record set goes (aliased by the statement). */
  sql: string;
  /** The record for one event, or null to skip an event that lacks what the read model needs. */
  record(data: IncidentEventData<T>, context: EventContext): AuditRecord | null;
}

/** A statement without its record builder: what the SQL is made from. */
export type StatementShape = Pick<
  AuditStatement<IncidentEventType>,
  'columns' | 'pick' | 'key' | 'sql'
>;

/** Statements for every event type: the record type makes a missing type a compile error. */
export type AuditStatementTable = {
  readonly [T in IncidentEventType]: readonly AuditStatement<T>[];
};

/** The SQL that reads a batch's records (`$1`, a JSON array) as a typed record set. */
export function recordSetSql(
  statement: Pick<AuditStatement<never>, 'columns' | 'pick' | 'key'>,
): string {
  const columns = Object.entries({ ...statement.columns, pos: 'integer' })
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  const records = `jsonb_to_recordset($1::jsonb) AS r(${columns})`;
  if (statement.pick === 'all') return `(SELECT * FROM ${records})`;
  const key = statement.key ?? 'incident_id';
  const order = statement.pick === 'first' ? 'ASC' : 'DESC';
  return `(SELECT DISTINCT ON (${key}) * FROM ${records} ORDER BY ${key}, pos ${order})`;
}

/** The incident id of an event's stream, when it is an incident stream keyed by a UUID. */
export function incidentOf(event: StoredEvent): string | undefined {
  const id = incidentIdFromStreamId(event.streamId);
  return id !== undefined && isUuid(id) ? id : undefined;
}

/** A UUID from event data, or undefined: a record keyed by a bad id is skipped, never inserted. */
export function uuidOr(value: unknown): string | undefined {
  return typeof value === 'string' && isUuid(value) ? value : undefined;
}

/** An ISO time from event data, falling back to the event's occurred-at time. */
export function timeOr(value: unknown, event: StoredEvent): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? value
    : event.occurredAt.toISOString();
}
