import { formatPart, formatShare, percentileLabel, SPANS, spanLabel } from './figure-labels';

describe('figure labels', () => {
  it('names the percentile and both timestamps of a duration', () => {
    expect(percentileLabel(50, SPANS.acknowledge)).toBe('p50 · opened → acknowledged');
    expect(percentileLabel(90, { from: 'opened', to: 'resolved' })).toBe('p90 · opened → resolved');
  });

  it('names a span by its two timestamps', () => {
    expect(spanLabel(SPANS.approval)).toBe('approval requested → decided');
  });

  it('says after the timestamps which hours a business-time figure counts', () => {
    expect(percentileLabel(50, SPANS.acknowledgeBusiness)).toBe(
      'p50 · opened → acknowledged, business hours',
    );
    expect(spanLabel(SPANS.resolveBusiness)).toBe(
      'opened or reopened → first resolved, business hours less time paused',
    );
  });

  it('writes shares as whole percentages and nothing counted as a dash', () => {
    expect(formatShare(0.456)).toBe('46 %');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(null)).toBe('–');
  });

  it('writes a part of a whole with its share, and a bare count without a whole', () => {
    expect(formatPart(3, 4)).toBe('3 of 4 (75 %)');
    expect(formatPart(0, 0)).toBe('0');
  });
});
