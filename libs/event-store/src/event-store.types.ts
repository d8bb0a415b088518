import { type EventMetadata } from '@recovery/domain';

/** Plain JSON object: event data and personal data are stored as `jsonb`. */
export type JsonObject = Record<string, unknown>;

/**
 * The customer's personal data carried by an event, stored apart from the event row
 * (table `event_personal_data`) so it can be erased without breaking the hash chain.
 * `subjectId` names the customer whose erasure request removes it.
 */
export interface PersonalDataInput {
  subjectId: string;
  data: JsonObject;
}

/** An event to append. */
export interface NewEvent<TData extends JsonObject = JsonObject> {
  /** UUID; derive it deterministically (workflow id + step) so retries are idempotent. */
  eventId: string;
  type: string;
  /** Defaults to the current version registered for `type` (1 when none). */
  schemaVersion?: number;
  data: TData;
  metadata: EventMetadata;
  personalData?: PersonalDataInput;
  /** Defaults to the time of the append. */
  occurredAt?: Date;
}

/** Personal data as read back: present, or erased (only its digest remains, inside the chain). */
export type PersonalDataView =
  { status: 'present'; subjectId: string; data: JsonObject } | { status: 'erased' };

/** An event as stored, after upcasting to the current schema version of its type. */
export interface StoredEvent<TData extends JsonObject = JsonObject> {
  eventId: string;
  streamId: string;
  /** 1, 2, 3… gapless within the stream. */
  streamVersion: number;
  /** Unique and increasing in draw order; may have gaps (rolled-back appends). */
  globalPosition: number;
  /** The writing transaction's `xid8`; readers order by (transactionId, globalPosition). */
  transactionId: number;
  type: string;
  schemaVersion: number;
  data: TData;
  metadata: EventMetadata;
  personalData: PersonalDataView | null;
  occurredAt: Date;
  recordedAt: Date;
  /** Hex sha256 link of this event's chain. */
  hash: string;
  prevHash: string;
}

/**
 * A number is the exact version the stream must be at (0 = the stream has no
 * events yet, same as 'no_stream').
 */
export type ExpectedVersion = number | 'any' | 'no_stream' | 'stream_exists';

export interface AppendOptions {
  expectedVersion: ExpectedVersion;
}

export interface AppendResult<TData extends JsonObject = JsonObject> {
  streamId: string;
  /** The stream's version after this append: pass it as the next expectedVersion. */
  nextExpectedVersion: number;
  /** True when every event id was already stored with the same content: nothing was written. */
  replayed: boolean;
  events: StoredEvent<TData>[];
}

/**
 * A position in the global order. Numbers are safe: an xid8 exceeds 2^53 only
 * after 2^21 transaction-id wraparounds.
 */
export interface Checkpoint {
  transactionId: number;
  globalPosition: number;
}

/** The position before every event. */
export const START_CHECKPOINT: Checkpoint = Object.freeze({ transactionId: 0, globalPosition: 0 });

export interface ReadAllOptions {
  after?: Checkpoint;
  limit: number;
}

export interface ReadAllPage {
  events: StoredEvent[];
  /** Pass as `after` for the next page; equals `after` when the page is empty. */
  checkpoint: Checkpoint;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  limit?: number;
}
