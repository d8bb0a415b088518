import { BinaryCopyOut, type BinaryCopyRow } from './binary-copy';

// Frames as PostgreSQL sends them (COPY BINARY, protocol docs "Binary Format"): the header
// comes in the first CopyData message with the first row, then one message per row, and
// the trailer (int16 -1) in a message of its own.
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

function header(extension = Buffer.alloc(0)): Buffer {
  const fixed = Buffer.alloc(8);
  fixed.writeInt32BE(extension.length, 4); // flags 0, then the extension's length
  return Buffer.concat([SIGNATURE, fixed, extension]);
}

/** One tuple: int16 field count, then each field as int32 length (-1: null) and bytes. */
function tuple(...fields: (Buffer | null)[]): Buffer {
  const parts: Buffer[] = [Buffer.alloc(2)];
  parts[0].writeInt16BE(fields.length);
  for (const field of fields) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(field === null ? -1 : field.length);
    parts.push(length, field ?? Buffer.alloc(0));
  }
  return Buffer.concat(parts);
}

const TRAILER = Buffer.from([0xff, 0xff]);

function int8(value: bigint): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(value);
  return bytes;
}

type Field = string | bigint | null;

/** Feeds `messages` to a COPY of two fields (text, int8) and records what the rows held. */
function feed(
  messages: Buffer[],
  keepGoing: (rows: number) => boolean = () => true,
): { rows: Field[][]; outcome: string; error?: Error } {
  const rows: Field[][] = [];
  const read = (row: BinaryCopyRow): boolean => {
    const text = row.isNull(0) ? null : row.bytes.toString('utf8', row.start(0), row.end(0));
    const number = row.isNull(1) ? null : row.bytes.readBigInt64BE(row.start(1));
    rows.push([text, number]);
    return keepGoing(rows.length);
  };
  const copy = new BinaryCopyOut('COPY … TO STDOUT (FORMAT binary)', 2, read);
  const result: { rows: Field[][]; outcome: string; error?: Error } = { rows, outcome: 'pending' };
  copy.settle = (outcome, error) => Object.assign(result, { outcome, error });
  for (const chunk of messages) copy.handleCopyData({ chunk });
  copy.handleReadyForQuery();
  return result;
}

describe('BinaryCopyOut', () => {
  it('reads every row after the header, nulls and empty fields included, up to the trailer', () => {
    const result = feed([
      Buffer.concat([header(), tuple(Buffer.from('incident-é'), int8(1n))]),
      tuple(Buffer.alloc(0), int8(-(2n ** 63n))),
      tuple(null, null),
      TRAILER,
    ]);
    expect(result).toEqual({
      outcome: 'complete',
      rows: [
        ['incident-é', 1n],
        ['', -(2n ** 63n)],
        [null, null],
      ],
    });
  });

  it('skips a header extension of any length', () => {
    const result = feed([
      Buffer.concat([header(Buffer.from('future flags')), tuple(Buffer.from('a'), int8(7n))]),
      TRAILER,
    ]);
    expect(result).toMatchObject({ outcome: 'complete', rows: [['a', 7n]] });
  });

  it('stops at the row its reader refuses and reads no further', () => {
    const rows = ['a', 'b', 'c'].map((id) => tuple(Buffer.from(id), int8(1n)));
    const result = feed(
      [Buffer.concat([header(), rows[0]]), rows[1], rows[2], TRAILER],
      (n) => n < 2,
    );
    expect(result).toMatchObject({
      outcome: 'stopped',
      rows: [
        ['a', 1n],
        ['b', 1n],
      ],
    });
  });

  it.each([
    [
      'a bad signature',
      [Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\x01', 'latin1'), Buffer.alloc(8)])],
      /bad header/,
    ],
    [
      'a row with another number of fields',
      [Buffer.concat([header(), tuple(null)])],
      /expected 2 fields/,
    ],
    [
      'a row longer than its message',
      [Buffer.concat([header(), tuple(Buffer.from('abc'), int8(1n))]).subarray(0, -3)],
      /spans two messages/,
    ],
  ])('fails on %s instead of reading garbage', (_, messages, message) => {
    const result = feed(messages);
    expect(result.outcome).toBe('stopped');
    expect(result.error?.message).toMatch(message);
  });

  it('rejects with the error the server sent at once: pg delivers nothing more to the query', () => {
    const copy = new BinaryCopyOut('COPY …', 2, () => true);
    const outcomes: unknown[] = [];
    copy.settle = (outcome, error) => outcomes.push([outcome, error?.message]);
    copy.handleError(new Error('canceling statement due to statement timeout'));
    copy.handleReadyForQuery();
    expect(outcomes).toEqual([['stopped', 'canceling statement due to statement timeout']]);
  });
});
