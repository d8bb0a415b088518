import { type ByteSink } from '../hashing/byte-sink';
import { writeCanonicalJsonb } from '../hashing/canonical-jsonb.util';
import { CONTENT_MEMBER_PREFIXES } from '../hashing/event-hash.util';
import { Column, type ChainRow } from './chain-row';

const PREFIXES = CONTENT_MEMBER_PREFIXES.map((prefix) => Buffer.from(prefix, 'utf8'));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NULL = Buffer.from('null');
const CLOSE_BRACE = 0x7d;

/**
 * Writes the canonical content document of a row (what contentDigest hashes) into
 * `sink` straight from the COPY bytes. Returns false when data or metadata is outside
 * the form writeCanonicalJsonb handles; the caller then takes contentDigest's path.
 */
export function writeContentDocument(
  row: ChainRow,
  occurredAtIso: string,
  sink: ByteSink,
): boolean {
  sink.reset();
  writePrefix(sink, 0);
  if (!writeJsonb(row, Column.data, sink)) return false;
  writePrefix(sink, 1);
  writeQuoted(sink, row, Column.eventId); // a uuid's text: hex digits and dashes
  writePrefix(sink, 2);
  if (!writeJsonb(row, Column.metadata, sink)) return false;
  writePrefix(sink, 3);
  sink.text(`"${occurredAtIso}"`);
  writePrefix(sink, 4);
  if (row.isNull(Column.personalDataDigest)) sink.copy(NULL, 0, NULL.length);
  else sink.text(`"${row.bytea(Column.personalDataDigest).toString('hex')}"`);
  writePrefix(sink, 5);
  sink.text(String(row.int4(Column.schemaVersion)));
  writePrefix(sink, 6);
  writeJsonString(sink, row, Column.streamId);
  writePrefix(sink, 7);
  writeJsonString(sink, row, Column.type);
  sink.byte(CLOSE_BRACE);
  return true;
}

function writePrefix(sink: ByteSink, member: number): void {
  sink.copy(PREFIXES[member], 0, PREFIXES[member].length);
}

function writeJsonb(
  row: ChainRow,
  column: typeof Column.data | typeof Column.metadata,
  sink: ByteSink,
): boolean {
  return writeCanonicalJsonb(row.bytes, row.jsonbTextStart(column), row.end(column), sink);
}

function writeQuoted(sink: ByteSink, row: ChainRow, column: typeof Column.eventId): void {
  sink.byte(QUOTE);
  sink.copy(row.bytes, row.start(column), row.end(column));
  sink.byte(QUOTE);
}

/** JSON.stringify of a text column: its UTF-8 bytes in quotes unless something needs escaping. */
function writeJsonString(
  sink: ByteSink,
  row: ChainRow,
  column: typeof Column.streamId | typeof Column.type,
): void {
  const { bytes } = row;
  for (let i = row.start(column); i < row.end(column); i += 1) {
    if (bytes[i] < 0x20 || bytes[i] === QUOTE || bytes[i] === BACKSLASH) {
      sink.text(JSON.stringify(row.text(column)));
      return;
    }
  }
  sink.byte(QUOTE);
  sink.copy(bytes, row.start(column), row.end(column));
  sink.byte(QUOTE);
}
