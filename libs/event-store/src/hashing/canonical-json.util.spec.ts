import { canonicalJson } from './canonical-json.util';

describe('canonicalJson', () => {
  it('sorts keys at every depth so key order never changes the bytes', () => {
    const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('drops undefined members and writes undefined array items as null, like JSON', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 2] })).toBe('{"b":[null,2]}');
  });

  it('writes Dates through toJSON as ISO strings', () => {
    expect(canonicalJson({ at: new Date('2025-01-02T03:04:05.006Z') })).toBe(
      '{"at":"2025-01-02T03:04:05.006Z"}',
    );
  });

  it('round-trips: canonical text parsed and re-serialised gives the same bytes', () => {
    const value = { n: 1.5e21, s: 'é "q" \\ \n', neg: -0, list: [true, false, null] };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it('refuses values JSON would silently change', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ x: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson({ x: 1n })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
