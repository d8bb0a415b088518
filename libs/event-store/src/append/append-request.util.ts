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

/** The one statement of the hot path: a single round trip. */
export const APPEND_EVENTS_SQL =
  'SELECT * FROM append_events($1, $2, $3::uuid[], $4, $5, $6::jsonb[], $7::jsonb[], $8, $9, $10, $11, $12, $13::jsonb[])';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event with every default resolved: what was hashed is what gets stored. */
export interface PreparedEvent extends NewEvent {
  schemaVersion: number;
  occurredAt: Date;
  personalDataSeal: SealedPersonalData | null;
}

/** Row append_events returns for each event. */
export interface AppendedRow {
  event_id: string;
  stream_version: string;
  global_position: string;
  transaction_id: string;
  recorded_at: Date;
  prev_hash: Buffer;
  hash: Buffer;
  replayed: boolean;
}

export interface AppendRequest {
  events: PreparedEvent[];
  params: unknown[];
}

/** Validates an append and builds the arrays append_events takes (content digests included). */
export function buildAppendRequest(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
  upcasters: UpcasterRegistry,
  now: Date = new Date(),
): AppendRequest {
  assertWellFormed(streamId, events);
  const count = events.length;
  const prepared: PreparedEvent[] = new Array<PreparedEvent>(count);
  const ids: string[] = new Array<string>(count);
  const types: string[] = new Array<string>(count);
  const versions: number[] = new Array<number>(count);
  const data: string[] = new Array<string>(count);
  const metadata: string[] = new Array<string>(count);
  const occurred: string[] = new Array<string>(count);
  const digests: Buffer[] = new Array<Buffer>(count);
  let anyPersonal = false;
  // One pass, each value serialised once: the canonical text that is hashed is the
  // text sent as jsonb, and timestamps go as ISO strings (pg's Date encoder is slow).
  for (let i = 0; i < count; i += 1) {
    const event = events[i];
    const occurredAt = new Date(event.occurredAt ?? now);
    const schemaVersion = event.schemaVersion ?? upcasters.currentVersion(event.type);
    const personalDataSeal = event.personalData ? sealPersonalData(event.personalData.data) : null;
    anyPersonal ||= personalDataSeal !== null;
    prepared[i] = { ...event, schemaVersion, occurredAt, personalDataSeal };
    ids[i] = event.eventId;
    types[i] = event.type;
    versions[i] = schemaVersion;
    data[i] = canonicalJson(event.data);
    metadata[i] = canonicalJson(event.metadata);
    occurred[i] = occurredAt.toISOString();
    digests[i] = contentDigestOfCanonical({
      dataJson: data[i],
      eventId: event.eventId,
      metadataJson: metadata[i],
      occurredAtIso: occurred[i],
      personalDataDigest: personalDataSeal?.digest ?? null,
      schemaVersion,
      streamId,
      type: event.type,
    });
  }
  // Personal-data arrays are sent as NULL when no event carries any: less to encode.
  const personal = <T>(
    pick: (event: PreparedEvent, seal: SealedPersonalData) => T,
  ): (T | null)[] | null =>
    anyPersonal
      ? prepared.map((event) =>
          event.personalDataSeal ? pick(event, event.personalDataSeal) : null,
        )
      : null;
  const params = [
    streamId,
    encodeExpectedVersion(expected),
    ids,
    types,
    versions,
    data,
    metadata,
    occurred,
    digests,
    personal((_, seal) => seal.digest),
    personal((event) => event.personalData!.subjectId),
    personal((_, seal) => seal.salt),
    personal((_, seal) => seal.canonicalData),
  ];
  return { events: prepared, params };
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
