import { type BinaryCopyRow } from './binary-copy';

/** The columns verify reads, in COPY order; `Column` names their positions. */
export const CHAIN_COLUMNS = `e.stream_id, e.stream_version, e.global_position, e.event_id::text,
  e.type, e.schema_version, e.data, e.metadata, e.personal_data_digest, e.prev_hash, e.hash,
  e.occurred_at, e.recorded_at, pd.salt, pd.data`;
export const CHAIN_FROM = `events e LEFT JOIN event_personal_data pd ON pd.event_id = e.event_id`;

export const Column = {
  streamId: 0,
  streamVersion: 1,
  globalPosition: 2,
  eventId: 3,
  type: 4,
  schemaVersion: 5,
  data: 6,
  metadata: 7,
  personalDataDigest: 8,
  prevHash: 9,
  hash: 10,
  occurredAt: 11,
  recordedAt: 12,
  personalDataSalt: 13,
  personalData: 14,
} as const;
export const CHAIN_COLUMN_COUNT = Object.keys(Column).length;

type ColumnIndex = (typeof Column)[keyof typeof Column];

const JSONB_FORMAT_VERSION = 1;
const MS_PER_US = 1000n;
/** Binary timestamptz counts microseconds from 2000-01-01 UTC. */
const POSTGRES_EPOCH_MS = 946_684_800_000n;

/**
 * Typed reads of one binary COPY row of CHAIN_COLUMNS. Everything here copies or
 * decodes: the row's bytes belong to the connection's buffer.
 */
export class ChainRow {
  constructor(readonly raw: BinaryCopyRow) {}

  get bytes(): Buffer {
    return this.raw.bytes;
  }

  start(column: ColumnIndex): number {
    return this.raw.start(column);
  }

  end(column: ColumnIndex): number {
    return this.raw.end(column);
  }

  isNull(column: ColumnIndex): boolean {
    return this.raw.isNull(column);
  }

  text(column: ColumnIndex): string {
    return this.bytes.toString('utf8', this.start(column), this.end(column));
  }

  int8(column: ColumnIndex): number {
    return Number(this.bytes.readBigInt64BE(this.start(column)));
  }

  int4(column: ColumnIndex): number {
    return this.bytes.readInt32BE(this.start(column));
  }

  bytea(column: ColumnIndex): Buffer {
    return Buffer.from(this.bytes.subarray(this.start(column), this.end(column)));
  }

  /** Where a jsonb column's text starts (after its format-version byte). */
  jsonbTextStart(column: ColumnIndex): number {
    const start = this.start(column);
    if (this.bytes[start] !== JSONB_FORMAT_VERSION) {
      throw new Error(`jsonb binary format ${this.bytes[start]} is not supported`);
    }
    return start + 1;
  }

  /** The value as pg would have returned it: JSON.parse of the jsonb text. */
  json(column: ColumnIndex): unknown {
    const text = this.bytes.toString('utf8', this.jsonbTextStart(column), this.end(column));
    return JSON.parse(text) as unknown;
  }

  /**
   * A timestamptz as exact epoch milliseconds (bigint), or null when it has a
   * sub-millisecond part (the store writes whole milliseconds: such a value was edited)
   * or is ±infinity.
   */
  epochMs(column: ColumnIndex): bigint | null {
    const micros = this.bytes.readBigInt64BE(this.start(column));
    if (micros % MS_PER_US !== 0n) return null;
    return micros / MS_PER_US + POSTGRES_EPOCH_MS;
  }

  /** Whether the bytea column holds exactly `expected`. */
  byteaEquals(column: ColumnIndex, expected: Buffer): boolean {
    const start = this.start(column);
    const end = this.end(column);
    return (
      end - start === expected.length &&
      this.bytes.compare(expected, 0, expected.length, start, end) === 0
    );
  }
}
