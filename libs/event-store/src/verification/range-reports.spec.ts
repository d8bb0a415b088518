import { mergeRangeReports } from './range-reports';
import { type VerifyReport } from './verify-report';

const intact = (streams: number, events: number, erasedPersonalData = 0): VerifyReport => ({
  ok: true,
  streams,
  events,
  erasedPersonalData,
});

const brokenAt = (streamId: string, streams: number, events: number): VerifyReport => ({
  ok: false,
  streams,
  events,
  erasedPersonalData: 0,
  broken: { streamId, streamVersion: 3, reason: 'hash-mismatch' },
});

describe('mergeRangeReports', () => {
  it('adds up every range when all of them verify', () => {
    expect(mergeRangeReports([intact(3, 30, 1), intact(0, 0), intact(2, 25, 4)])).toEqual(
      intact(5, 55, 5),
    );
  });

  it('names the broken link of the first broken range and counts what one walk would have reached', () => {
    const merged = mergeRangeReports([
      intact(3, 30, 1),
      brokenAt('stream-m', 2, 12),
      brokenAt('stream-x', 4, 40),
      intact(9, 90, 9),
    ]);
    expect(merged).toEqual({
      ok: false,
      streams: 5,
      events: 42,
      erasedPersonalData: 1,
      broken: { streamId: 'stream-m', streamVersion: 3, reason: 'hash-mismatch' },
    });
  });

  it('reports an empty store as intact and empty', () => {
    expect(mergeRangeReports([])).toEqual(intact(0, 0));
    expect(mergeRangeReports([intact(0, 0), intact(0, 0)])).toEqual(intact(0, 0));
  });
});
