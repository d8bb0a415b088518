import { type EventMetadata } from '@recovery/domain';
import { type JsonObject } from '../event-store.types';
import { ByteSink } from '../hashing/byte-sink';
import { canonicalJson } from '../hashing/canonical-json.util';
import {
  contentDigest,
  GENESIS_HASH,
  sha256,
  type HashedEventContent,
} from '../hashing/event-hash.util';
import { personalDataDigest } from '../personal-data/personal-data-digest.util';
import { type BinaryCopyRow } from './binary-copy';
import { ChainRow, Column } from './chain-row';
import { writeContentDocument } from './content-document';
import { type BrokenLink, type BrokenLinkReason, type VerifyReport } from './verify-report';

const HASH_BYTES = 32;
// The link's preimage: previous hash ‖ int8 version ‖ int8 position ‖ int8 recorded-at ms ‖ digest (linkHash).
const VERSION_AT = HASH_BYTES;
const POSITION_AT = VERSION_AT + 8;
const RECORDED_AT = POSITION_AT + 8;
const DIGEST_AT = RECORDED_AT + 8;

/**
 * Walks binary COPY rows in (stream, version) order, carrying the running hash of the
 * current stream, and counts into `report`; accept() returns false at the first broken
 * link (then in `broken`). Each event's content digest is computed from the row's bytes
 * (writeContentDocument); when that does not match, contentDigest over the parsed row
 * decides, so a shortcut can cost time but never change a verdict.
 */
export class ChainWalker {
  broken?: BrokenLink;
  private streamId: Buffer | null = null;
  private version = 0;
  /** Its first 32 bytes are the running hash; verifying a row fills in the rest. */
  private readonly link = Buffer.alloc(DIGEST_AT + HASH_BYTES);
  private readonly document = new ByteSink();
  private row?: ChainRow;

  constructor(private readonly report: VerifyReport) {}

  accept(raw: BinaryCopyRow): boolean {
    this.row ??= new ChainRow(raw);
    const row = this.row;
    if (this.streamId === null || !row.byteaEquals(Column.streamId, this.streamId)) {
      this.startStream(row.bytea(Column.streamId));
    }
    const version = row.int8(Column.streamVersion);
    const personalData = row.isNull(Column.personalDataDigest) ? null : presentPersonalData(row);
    const reason = this.check(row, version, personalData);
    if (reason) {
      this.broken = { streamId: row.text(Column.streamId), streamVersion: version, reason };
      return false;
    }
    this.version = version;
    row.bytes.copy(this.link, 0, row.start(Column.hash), row.end(Column.hash));
    this.report.events += 1;
    if (!row.isNull(Column.personalDataDigest) && !personalData)
      this.report.erasedPersonalData += 1;
    return true;
  }

  private startStream(streamId: Buffer): void {
    this.streamId = streamId;
    this.version = 0;
    GENESIS_HASH.copy(this.link, 0);
    this.report.streams += 1;
  }

  private check(row: ChainRow, version: number, personalData: unknown): BrokenLinkReason | null {
    if (version !== this.version + 1) return 'version-gap';
    if (!row.byteaEquals(Column.prevHash, this.link.subarray(0, HASH_BYTES))) {
      return 'prev-hash-mismatch';
    }
    const occurredMs = row.epochMs(Column.occurredAt);
    const recordedMs = row.epochMs(Column.recordedAt);
    if (occurredMs === null || recordedMs === null) return 'hash-mismatch';
    if (!this.linksUp(row, new Date(Number(occurredMs)), recordedMs)) return 'hash-mismatch';
    if (personalData && !row.isNull(Column.personalDataSalt)) {
      const salt = row.bytea(Column.personalDataSalt);
      const recomputed = personalDataDigest(salt, canonicalJson(personalData));
      if (!row.byteaEquals(Column.personalDataDigest, recomputed)) return 'personal-data-mismatch';
    }
    return null;
  }

  /** Whether the row's stored hash is the link from the running hash over its content. */
  private linksUp(row: ChainRow, occurredAt: Date, recordedMs: bigint): boolean {
    const { link, document } = this;
    row.bytes.copy(
      link,
      VERSION_AT,
      row.start(Column.streamVersion),
      row.end(Column.streamVersion),
    );
    row.bytes.copy(
      link,
      POSITION_AT,
      row.start(Column.globalPosition),
      row.end(Column.globalPosition),
    );
    link.writeBigInt64BE(recordedMs, RECORDED_AT);
    if (writeContentDocument(row, occurredAt.toISOString(), document)) {
      sha256(document.view()).copy(link, DIGEST_AT);
      if (row.byteaEquals(Column.hash, sha256(link))) return true;
    }
    contentDigest(parsedContent(row, occurredAt)).copy(link, DIGEST_AT);
    return row.byteaEquals(Column.hash, sha256(link));
  }
}

/** The row's personal data as pg would have parsed it; erased (null) when its row is gone. */
function presentPersonalData(row: ChainRow): unknown {
  return row.isNull(Column.personalData) ? null : row.json(Column.personalData);
}

function parsedContent(row: ChainRow, occurredAt: Date): HashedEventContent {
  return {
    eventId: row.text(Column.eventId),
    streamId: row.text(Column.streamId),
    type: row.text(Column.type),
    schemaVersion: row.int4(Column.schemaVersion),
    data: row.json(Column.data) as JsonObject,
    metadata: row.json(Column.metadata) as EventMetadata,
    occurredAt,
    personalDataDigest: row.isNull(Column.personalDataDigest)
      ? null
      : row.bytea(Column.personalDataDigest),
  };
}
