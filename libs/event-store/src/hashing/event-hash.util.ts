import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.util';
import { type EventMetadata } from '@recovery/domain';
import { type JsonObject } from '../event-store.types';

/** The 32 zero bytes that stand before the first event of every stream. */
export const GENESIS_HASH = Buffer.alloc(32);

/** The fields of an event covered by its content digest (everything the writer supplies). */
export interface HashedEventContent {
  eventId: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
  occurredAt: Date;
  /** sha256 of the salted personal data, or null when the event carries none. */
  personalDataDigest: Buffer | null;
}

/** sha256 of the canonical JSON of an event's content; shared by append and verify. */
export function contentDigest(content: HashedEventContent): Buffer {
  return contentDigestOfCanonical({
    dataJson: canonicalJson(content.data),
    eventId: content.eventId,
    metadataJson: canonicalJson(content.metadata),
    occurredAtIso: content.occurredAt.toISOString(),
    personalDataDigest: content.personalDataDigest,
    schemaVersion: content.schemaVersion,
    streamId: content.streamId,
    type: content.type,
  });
}

/** An event's content with data and metadata already in canonical JSON (the append has them). */
export interface CanonicalEventContent {
  dataJson: string;
  eventId: string;
  metadataJson: string;
  occurredAtIso: string;
  personalDataDigest: Buffer | null;
  schemaVersion: number;
  streamId: string;
  type: string;
}

/**
 * What precedes each member's value in the canonical content document, in canonicalJson's
 * (sorted) key order; the document ends with `}`. The one statement of the layout: the
 * append fills it with strings, verify (content-document.ts) with bytes.
 */
export const CONTENT_MEMBER_PREFIXES = [
  '{"data":',
  ',"eventId":',
  ',"metadata":',
  ',"occurredAt":',
  ',"personalDataDigest":',
  ',"schemaVersion":',
  ',"streamId":',
  ',"type":',
] as const;

/**
 * contentDigest from parts already serialised: the append serialises data and metadata
 * once and sends the same text to the database. The text is exactly canonicalJson of
 * the object below (its keys are written in sorted order); a unit test pins that.
 */
export function contentDigestOfCanonical(content: CanonicalEventContent): Buffer {
  const values = [
    content.dataJson,
    JSON.stringify(content.eventId),
    content.metadataJson,
    JSON.stringify(content.occurredAtIso),
    content.personalDataDigest ? `"${content.personalDataDigest.toString('hex')}"` : 'null',
    canonicalJson(content.schemaVersion),
    JSON.stringify(content.streamId),
    JSON.stringify(content.type),
  ];
  const canonical = values.map((value, i) => CONTENT_MEMBER_PREFIXES[i] + value).join('') + '}';
  return sha256(Buffer.from(canonical, 'utf8'));
}

/** The position-dependent part of a link: assigned by the database during the append. */
export interface LinkPosition {
  streamVersion: number;
  globalPosition: number;
  recordedAt: Date;
}

/**
 * hash_n = sha256(hash_{n-1} ‖ int8(version) ‖ int8(position) ‖ int8(recorded-at ms) ‖ content digest).
 * MUST stay byte-identical to the expression in append_event and append_event_batch
 * (create-single-append-function.migration.ts):
 * the database computes links on append (it alone holds the locked head), verify recomputes them here.
 */
export function linkHash(prevHash: Buffer, position: LinkPosition, digest: Buffer): Buffer {
  const numbers = Buffer.alloc(24);
  numbers.writeBigInt64BE(BigInt(position.streamVersion), 0);
  numbers.writeBigInt64BE(BigInt(position.globalPosition), 8);
  numbers.writeBigInt64BE(BigInt(position.recordedAt.getTime()), 16);
  return sha256(Buffer.concat([prevHash, numbers, digest]));
}

/** sha256 of bytes (the one-shot crypto.hash: no Hash object per call, verify hashes millions). */
export function sha256(bytes: Uint8Array): Buffer {
  return hash('sha256', bytes, 'buffer');
}
