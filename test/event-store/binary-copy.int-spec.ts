import { type Pool, type PoolClient } from 'pg';
import { type DataSource } from 'typeorm';
import { canonicalJson } from '@recovery/event-store';
import { ByteSink } from '../../libs/event-store/src/hashing/byte-sink';
import { writeCanonicalJsonb } from '../../libs/event-store/src/hashing/canonical-jsonb.util';
import {
  streamBinaryCopy,
  type BinaryCopyRow,
} from '../../libs/event-store/src/verification/binary-copy';
import { openTestDataSource } from '../support/test-database';

const JSONB_FORMAT_VERSION = 1;

// The COPY reader and the jsonb writer against what PostgreSQL really sends (their unit
// specs build frames and jsonb text by hand).
describe('binary COPY from PostgreSQL', () => {
  let dataSource: DataSource;
  let client: PoolClient;

  beforeAll(async () => {
    dataSource = await openTestDataSource(2);
  });
  beforeEach(async () => {
    client = await (dataSource.driver as unknown as { master: Pool }).master.connect();
  });
  // A stopped COPY leaves the server still sending: the connection is never reused.
  afterEach(() => client.release(true));
  afterAll(() => dataSource.destroy());

  it('reads int8, text, bytea, null and empty fields row by row, as the server wrote them', async () => {
    const rows: unknown[][] = [];
    const outcome = await streamBinaryCopy(
      client,
      `SELECT n::int8, 'stream-' || n || '-é', decode(lpad(to_hex(n), 2, '0'), 'hex'),
              CASE WHEN n % 2 = 0 THEN NULL ELSE '' END
         FROM generate_series(1, 3) AS n`,
      4,
      (row) => {
        rows.push([
          row.bytes.readBigInt64BE(row.start(0)),
          row.bytes.toString('utf8', row.start(1), row.end(1)),
          row.bytes.subarray(row.start(2), row.end(2)).toString('hex'),
          row.isNull(3) ? null : row.end(3) - row.start(3),
        ]);
        return true;
      },
    );
    expect(outcome).toBe('complete');
    expect(rows).toEqual([
      [1n, 'stream-1-é', '01', 0],
      [2n, 'stream-2-é', '02', null],
      [3n, 'stream-3-é', '03', 0],
    ]);
  });

  it('streams a hundred thousand rows and stops where the reader says', async () => {
    let total = 0n;
    const complete = await streamBinaryCopy(
      client,
      'SELECT n::int8 FROM generate_series(1, 100000) AS n',
      1,
      (row) => {
        total += row.bytes.readBigInt64BE(row.start(0));
        return true;
      },
    );
    expect([complete, total]).toEqual(['complete', 5_000_050_000n]);

    const second = await (dataSource.driver as unknown as { master: Pool }).master.connect();
    let seen = 0;
    try {
      const stopped = await streamBinaryCopy(
        second,
        'SELECT n::int8 FROM generate_series(1, 100000) AS n',
        1,
        () => (seen += 1) < 10,
      );
      expect([stopped, seen]).toEqual(['stopped', 10]);
    } finally {
      second.release(true);
    }
  });

  it('rejects with the server’s error when the query fails', async () => {
    await expect(
      streamBinaryCopy(client, 'SELECT 1 / (n - 2) FROM generate_series(1, 3) AS n', 1, () => true),
    ).rejects.toThrow(/division by zero/);
  });

  it('writes canonicalJson of every jsonb value exactly from the bytes PostgreSQL sends', async () => {
    const values = [
      { b: 1, a: [1.5, -0, 0, 1e21, 1234567890123456, 0.1, -2.5e-7], aa: {}, k: null },
      { s: 'tab\t "q" back\\slash\n\r\u0007\f\b é 😀 \u0001 \u001f \u007f \u2028', u: '\\u00e9' },
      { nested: { zz: [true, false, null, [], {}], b: { ccc: 'x', a: '' } } },
      { ключ: 1, 'key"q': 2, k: 3 }, // keys the writer declines: the exact path decides
    ];
    const texts: { fast: string | null; exact: string }[] = [];
    const sink = new ByteSink();
    await streamBinaryCopy(
      client,
      `SELECT v FROM jsonb_array_elements(${literal(values)}::jsonb) AS v`,
      1,
      (row: BinaryCopyRow) => {
        expect(row.bytes[row.start(0)]).toBe(JSONB_FORMAT_VERSION);
        const text = row.bytes.toString('utf8', row.start(0) + 1, row.end(0));
        sink.reset();
        const written = writeCanonicalJsonb(row.bytes, row.start(0) + 1, row.end(0), sink);
        texts.push({
          fast: written ? sink.view().toString('utf8') : null,
          exact: canonicalJson(JSON.parse(text)),
        });
        return true;
      },
    );
    expect(texts.map((t) => t.exact)).toEqual(values.map((v) => canonicalJson(v)));
    expect(texts.slice(0, 3).map((t) => t.fast)).toEqual(texts.slice(0, 3).map((t) => t.exact));
    expect(texts[3].fast).toBeNull();
  });
});

function literal(value: unknown): string {
  return `'${JSON.stringify(value).replaceAll("'", "''")}'`;
}
