import { nameBasedUuid } from './name-based-uuid';

describe('nameBasedUuid', () => {
  it('gives the same id for the same names and another for other names', () => {
    const a = nameBasedUuid('telematics', '/cars/1', 'evt-1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedUuid('telematics', '/cars/1', 'evt-1')).toBe(a);
    expect(nameBasedUuid('telematics', '/cars/1', 'evt-2')).not.toBe(a);
    // The separator keeps the parts apart: ('/cars/1e', 'vt-1') is another name.
    expect(nameBasedUuid('telematics', '/cars/1e', 'vt-1')).not.toBe(a);
  });

  // Expected values: the same layout over SHA-1 from node:crypto (createHash('sha1')),
  // across the padding edges (55, 56, 64 bytes), several blocks and multi-byte UTF-8.
  it.each([
    [[''], 'da39a3ee-5e6b-5b0d-b255-bfef95601890'],
    [['a'], '86f7e437-faa5-57fc-a15d-1ddcb9eaeaea'],
    [['idempotency-key', 'fiona', 'key-1'], '2c774a6f-2009-5b16-94a7-bd83af8ec5b7'],
    [['x'.repeat(55)], 'cef734ba-81a0-5447-9e09-eb5a75b6ddae'],
    [['x'.repeat(56)], '90130536-7c25-5952-b4e7-af8323f480d5'],
    [['x'.repeat(64)], 'bb2fa3ee-7afb-5f54-86df-b5d021f14b1f'],
    [['y'.repeat(1000)], 'f07064d9-3f05-5405-9cea-1ae2a2a748f4'],
    [['Zürich', '東京', '🚗'], 'bf2aee6d-669c-5181-8ef9-05f21889bb20'],
  ])('names %j as SHA-1 does', (parts, expected) => {
    expect(nameBasedUuid(...parts)).toBe(expected);
  });
});
