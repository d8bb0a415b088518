import { type Pool } from 'pg';
import { type EventMetadata } from '@recovery/domain';
import { type JsonObject } from '../event-store.types';
import { canonicalJson } from '../hashing/canonical-json.util';
import { contentDigest, GENESIS_HASH, linkHash } from '../hashing/event-hash.util';
import { personalDataDigest } from '../personal-data/personal-data-digest.util';

export type BrokenLinkReason =
  | 'version-gap' // an event is missing (deleted) or a version was rewritten
  | 'prev-hash-mismatch' // the stored link to the previous event was altered
  | 'hash-mismatch' // the event's content or position was altered
  | 'personal-data-mismatch'; // personal data still present but altered

export interface BrokenLink {
  streamId: string;
  streamVersion: number;
  reason: BrokenLinkReason;
}

export interface VerifyReport {
  ok: boolean;
  streams: number;
  events: number;
  /** Events whose personal data was erased: their chains still verify through the digest. */
  erasedPersonalData: number;
  /** The first broken link in (stream id, version) order; absent when ok. */
  broken?: BrokenLink;
}

interface ChainRow {
  stream_id: string;
  stream_version: string;
  global_position: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: JsonObject;
  metadata: EventMetadata;
  personal_data_digest: Buffer | null;
  occurred_ms: string;
  recorded_ms: string;
  prev_hash: Buffer;
  hash: Buffer;
  pd_salt: Buffer | null;
  pd_data: JsonObject | null;
}

const PAGE = 5_000;
// Timestamps as exact epoch milliseconds: a JS Date would silently drop a
// sub-millisecond edit.
const COLUMNS = `e.stream_id, e.stream_version, e.global_position, e.event_id, e.type, e.schema_version,
  e.data, e.metadata, e.personal_data_digest, e.prev_hash, e.hash,
  (extract(epoch FROM e.occurred_at) * 1000)::text AS occurred_ms,
  (extract(epoch FROM e.recorded_at) * 1000)::text AS recorded_ms,
  pd.salt AS pd_salt, pd.data AS pd_data`;
const FROM = `events e LEFT JOIN event_personal_data pd ON pd.event_id = e.event_id`;

/**
 * Recomputes every chain (or one stream's) in (stream, version) order; stops at the
 * first broken link. A removed tail leaves a valid shorter chain: only a heads digest
 * kept outside the system reveals it (computeHeadsDigest).
 */
export async function verifyChains(pool: Pool, streamId?: string): Promise<VerifyReport> {
  const report: VerifyReport = { ok: true, streams: 0, events: 0, erasedPersonalData: 0 };
  const chain = new ChainWalker(report);
  let after: [string, number] = [streamId ?? '', 0];
  for (;;) {
    const { rows } = await pool.query<ChainRow>(
      streamId === undefined
        ? `SELECT ${COLUMNS} FROM ${FROM} WHERE (e.stream_id, e.stream_version) > ($1, $2)
            ORDER BY e.stream_id, e.stream_version LIMIT ${PAGE}`
        : `SELECT ${COLUMNS} FROM ${FROM} WHERE e.stream_id = $1 AND e.stream_version > $2
            ORDER BY e.stream_version LIMIT ${PAGE}`,
      after,
    );
    for (const row of rows) if (!chain.accept(row)) return fail(report, chain.broken!);
    if (rows.length < PAGE) return report;
    const last = rows[rows.length - 1];
    after = [last.stream_id, Number(last.stream_version)];
  }
}

function fail(report: VerifyReport, broken: BrokenLink): VerifyReport {
  return { ...report, ok: false, broken };
}

/** Walks rows in (stream, version) order, carrying the running hash of the current stream. */
class ChainWalker {
  broken?: BrokenLink;
  private streamId: string | null = null;
  private version = 0;
  private hash: Buffer = GENESIS_HASH;

  constructor(private readonly report: VerifyReport) {}

  accept(row: ChainRow): boolean {
    if (row.stream_id !== this.streamId) this.startStream(row.stream_id);
    const version = Number(row.stream_version);
    const reason = this.check(row, version);
    if (reason) {
      this.broken = { streamId: row.stream_id, streamVersion: version, reason };
      return false;
    }
    this.version = version;
    this.hash = row.hash;
    this.report.events += 1;
    if (row.personal_data_digest && !row.pd_data) this.report.erasedPersonalData += 1;
    return true;
  }

  private startStream(streamId: string): void {
    this.streamId = streamId;
    this.version = 0;
    this.hash = GENESIS_HASH;
    this.report.streams += 1;
  }

  private check(row: ChainRow, version: number): BrokenLinkReason | null {
    if (version !== this.version + 1) return 'version-gap';
    if (!row.prev_hash.equals(this.hash)) return 'prev-hash-mismatch';
    const occurredMs = Number(row.occurred_ms);
    const recordedMs = Number(row.recorded_ms);
    if (!Number.isInteger(occurredMs) || !Number.isInteger(recordedMs)) return 'hash-mismatch';
    const digest = contentDigest({
      eventId: row.event_id,
      streamId: row.stream_id,
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
      occurredAt: new Date(occurredMs),
      personalDataDigest: row.personal_data_digest,
    });
    const position = {
      streamVersion: version,
      globalPosition: Number(row.global_position),
      recordedAt: new Date(recordedMs),
    };
    if (!linkHash(this.hash, position, digest).equals(row.hash)) return 'hash-mismatch';
    if (row.pd_data && row.pd_salt && row.personal_data_digest) {
      const recomputed = personalDataDigest(row.pd_salt, canonicalJson(row.pd_data));
      if (!recomputed.equals(row.personal_data_digest)) return 'personal-data-mismatch';
    }
    return null;
  }
}
