import { InvalidAppendRequest } from '../event-store.error';
import { type ExpectedVersion, type NewEvent } from '../event-store.types';
import { canonicalJson } from '../hashing/canonical-json.util';
import { contentDigestOfCanonical } from '../hashing/event-hash.util';
import {
  sealPersonalData,
  type SealedPersonalData,
} from '../personal-data/personal-data-digest.util';
import { type UpcasterRegistry } from '../upcasting/upcaster-registry';
import { encodeExpectedVersion } from './expected-version.util';

/** The hot path's statements: one round trip, scalars for a single event (no array codec). */
export const APPEND_EVENT_STATEMENT = {
  name: 'append_event',
  text: 'SELECT * FROM append_event($1, $2, $3::uuid, $4, $5, $6::jsonb, $7::jsonb, $8::timestamptz, $9::bytea, $10::bytea, $11, $12::bytea, $13::jsonb)',
} as const;
export const APPEND_EVENT_BATCH_STATEMENT = {
  name: 'append_event_batch',
  text: 'SELECT * FROM append_event_batch($1, $2, $3::uuid[], $4, $5, $6::jsonb[], $7::jsonb[], $8, $9, $10, $11, $12, $13::jsonb[])',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event with every default resolved: what was hashed is what gets stored. */
export interface PreparedEvent extends NewEvent {
  schemaVersion: number;
  occurredAt: Date;
  personalDataSeal: SealedPersonalData | null;
}

/**
 * The one row append_event / append_event_batch return, all text or int8 (which `pg`
 * leaves as strings: nothing to parse). Null except `replayed` when it was a replay.
 */
export interface AppendedRow {
  replayed: boolean;
  first_version: string | null;
  /** Comma-separated global positions, in version order. */
  positions: string | null;
  xid: string | null;
  recorded_ms: string | null;
  prev_hash_hex: string | null;
  /** The new links' hex, concatenated (64 characters each). */
  hashes_hex: string | null;
}

export interface AppendRequest {
  events: PreparedEvent[];
  statement: { name: string; text: string };
  params: unknown[];
}

/** One event serialised once: the canonical text that is hashed is the text sent as jsonb. */
interface EncodedEvent {
  prepared: PreparedEvent;
  dataJson: string;
  metadataJson: string;
  occurredAtIso: string;
  digest: Buffer;
}

/** Validates an append and builds the parameters of the append function (content digests included). */
export function buildAppendRequest(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
  upcasters: UpcasterRegistry,
  now: Date = new Date(),
): AppendRequest {
  assertWellFormed(streamId, events);
  const expectedCode = encodeExpectedVersion(expected);
  if (events.length === 1) {
    const one = encodeEvent(streamId, events[0], upcasters, now);
    const seal = one.prepared.personalDataSeal;
    return {
      events: [one.prepared],
      statement: APPEND_EVENT_STATEMENT,
      params: [
        streamId,
        expectedCode,
        one.prepared.eventId,
        one.prepared.type,
        one.prepared.schemaVersion,
        one.dataJson,
        one.metadataJson,
        one.occurredAtIso,
        one.digest,
        seal?.digest ?? null,
        seal ? one.prepared.personalData!.subjectId : null,
        seal?.salt ?? null,
        seal?.canonicalData ?? null,
      ],
    };
  }
  const encoded = events.map((event) => encodeEvent(streamId, event, upcasters, now));
  const prepared = encoded.map((e) => e.prepared);
  const anyPersonal = prepared.some((event) => event.personalDataSeal !== null);
  // Personal-data arrays are sent as NULL when no event carries any: less to encode.
  const personal = <T>(pick: (event: PreparedEvent, seal: SealedPersonalData) => T) =>
    anyPersonal
      ? prepared.map((event) =>
          event.personalDataSeal ? pick(event, event.personalDataSeal) : null,
        )
      : null;
  return {
    events: prepared,
    statement: APPEND_EVENT_BATCH_STATEMENT,
    params: [
      streamId,
      expectedCode,
      prepared.map((e) => e.eventId),
      prepared.map((e) => e.type),
      prepared.map((e) => e.schemaVersion),
      encoded.map((e) => e.dataJson),
      encoded.map((e) => e.metadataJson),
      encoded.map((e) => e.occurredAtIso),
      encoded.map((e) => e.digest),
      personal((_, seal) => seal.digest),
      personal((event) => event.personalData!.subjectId),
      personal((_, seal) => seal.salt),
      personal((_, seal) => seal.canonicalData),
    ],
  };
}

function encodeEvent(
  streamId: string,
  event: NewEvent,
  upcasters: UpcasterRegistry,
  now: Date,
): EncodedEvent {
  // Timestamps go as ISO strings: pg's Date encoder is slow.
  const occurredAt = new Date(event.occurredAt ?? now);
  const schemaVersion = event.schemaVersion ?? upcasters.currentVersion(event.type);
  const personalDataSeal = event.personalData ? sealPersonalData(event.personalData.data) : null;
  const dataJson = canonicalJson(event.data);
  const metadataJson = canonicalJson(event.metadata);
  const occurredAtIso = occurredAt.toISOString();
  const digest = contentDigestOfCanonical({
    dataJson,
    eventId: event.eventId,
    metadataJson,
    occurredAtIso,
    personalDataDigest: personalDataSeal?.digest ?? null,
    schemaVersion,
    streamId,
    type: event.type,
  });
  return {
    prepared: { ...event, schemaVersion, occurredAt, personalDataSeal },
    dataJson,
    metadataJson,
    occurredAtIso,
    digest,
  };
}

function assertWellFormed(streamId: string, events: readonly NewEvent[]): void {
  if (!streamId) throw new InvalidAppendRequest('streamId is empty');
  if (events.length === 0) throw new InvalidAppendRequest(`no events to append to ${streamId}`);
  const ids = new Set<string>();
  for (const event of events) {
    if (!UUID.test(event.eventId))
      throw new InvalidAppendRequest(`eventId ${event.eventId} is not a UUID`);
    if (ids.has(event.eventId))
      throw new InvalidAppendRequest(`eventId ${event.eventId} appears twice`);
    ids.add(event.eventId);
    if (
      event.schemaVersion !== undefined &&
      !(Number.isInteger(event.schemaVersion) && event.schemaVersion >= 1)
    ) {
      throw new InvalidAppendRequest(`schemaVersion of ${event.eventId} must be an integer >= 1`);
    }
  }
}
