import { rangeCondition, rangesBetween } from './stream-id-range';

describe('stream-id ranges', () => {
  it('cover every stream id once, from unbounded to unbounded, between the boundaries', () => {
    expect(rangesBetween(['g', 'p'])).toEqual([
      { from: null, to: 'g' },
      { from: 'g', to: 'p' },
      { from: 'p', to: null },
    ]);
    expect(rangesBetween([])).toEqual([{ from: null, to: null }]);
  });

  it('become conditions on the stream id, half-open, with their literals escaped', () => {
    expect(rangeCondition({ from: null, to: null })).toBe('TRUE');
    expect(rangeCondition({ from: 'g', to: null })).toBe("e.stream_id >= 'g'");
    expect(rangeCondition({ from: null, to: "o'brien" })).toBe("e.stream_id < 'o''brien'");
    expect(rangeCondition({ from: 'a', to: 'b' })).toBe("e.stream_id >= 'a' AND e.stream_id < 'b'");
  });
});
