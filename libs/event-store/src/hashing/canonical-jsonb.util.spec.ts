import { ByteSink } from './byte-sink';
import { canonicalJson } from './canonical-json.util';
import { writeCanonicalJsonb } from './canonical-jsonb.util';

/** writeCanonicalJsonb over the whole of `text`, as written; null when it declines. */
function written(text: string): string | null {
  const bytes = Buffer.from(text, 'utf8');
  const sink = new ByteSink(8); // small: growing mid-document must not matter
  sink.text('prefix|');
  if (!writeCanonicalJsonb(bytes, 0, bytes.length, sink)) {
    expect(sink.view().toString('utf8')).toBe('prefix|'); // declined: nothing left behind
    return null;
  }
  return sink.view().toString('utf8').slice('prefix|'.length);
}

// Each text is what PostgreSQL 15 prints for a jsonb value (`SELECT v::jsonb::text`):
// ", " and ": " separators, keys ordered by length then bytes, numeric as stored.
describe('writeCanonicalJsonb', () => {
  it.each([
    ['an empty object', '{}'],
    ['an empty array', '[]'],
    ['empty containers nested', '[[], {}, [{}]]'],
    ['a bare string', '"just a string"'],
    ['null', 'null'],
    [
      'keys in length order, nested, with literals',
      '{"k": {"b": 2, "zz": 1, "ccc": [true, false, null]}}',
    ],
    [
      'numbers PostgreSQL and JavaScript write differently',
      '{"a": [1.50, 0, 0.0, 1000, 12345678901234567890, 1000000000000000000000, 123456789012345, 1234567890123456, 0.1, -0.00000025], "b": 1, "aa": {}}',
    ],
    [
      'every escape PostgreSQL writes, and raw non-ASCII',
      '{"s": "tab\\there \\"q\\" back\\\\slash nl\\n cr\\r bell\\u0007 ff\\f bs\\b uni é 😀 \\u0001 \\u001f del\u007f", "u": "\\\\u2028 \\\\u00e9 \u2028"}',
    ],
    ['a non-ASCII value beside a short key', '{"k": 2, "v": "ключ"}'],
  ])('writes canonicalJson of the parsed value for %s', (_, text) => {
    expect(written(text)).toBe(canonicalJson(JSON.parse(text)));
  });

  it.each([
    ['a non-ASCII key (code-unit order is not byte order)', '{"k": 2, "ключ": 1}'],
    ['an escaped key', '{"key\\"q": 1}'],
    ['an exponent (PostgreSQL never writes one)', '{"n": 1e3}'],
    ['a separator without its space', '{"a":1}'],
    ['an escape JSON.stringify would write otherwise', '"\\u00e9"'],
    ['a raw control character', '"a\u0001b"'],
    ['a truncated document', '{"a": [1, 2'],
    ['a number too large for a double', `[1${'0'.repeat(400)}]`],
  ])('declines %s, so the exact path decides', (_, text) => {
    expect(written(text)).toBeNull();
  });
});
