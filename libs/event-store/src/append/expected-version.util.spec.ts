import { InvalidAppendRequest } from '../event-store.error';
import { encodeExpectedVersion } from './expected-version.util';

// The rules themselves run in SQL (append_event, append_event_batch); the int tests exercise all four.
describe('encodeExpectedVersion', () => {
  it('encodes symbolic expectations as distinct negative codes and versions as themselves', () => {
    const codes = (['any', 'no_stream', 'stream_exists'] as const).map(encodeExpectedVersion);
    expect(new Set(codes).size).toBe(3);
    expect(codes.every((code) => code < 0)).toBe(true);
    expect(encodeExpectedVersion(0)).toBe(0);
    expect(encodeExpectedVersion(42)).toBe(42);
  });

  it('refuses negative or fractional versions', () => {
    expect(() => encodeExpectedVersion(-1)).toThrow(InvalidAppendRequest);
    expect(() => encodeExpectedVersion(1.5)).toThrow(InvalidAppendRequest);
  });
});
