import { DURATION_STEPS, niceStep, SHARE_STEPS, valueScale } from './chart-scale';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1.2)).toBe(2);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(23)).toBe(50);
    expect(niceStep(0.03)).toBeCloseTo(0.05);
  });

  it('uses whole duration units when given duration steps', () => {
    expect(niceStep(40_000, DURATION_STEPS)).toBe(60_000);
    expect(niceStep(50 * 60_000, DURATION_STEPS)).toBe(3_600_000);
  });

  it('goes on in multiples of the largest step beyond it', () => {
    expect(niceStep(3.2, SHARE_STEPS)).toBe(4);
  });
});

describe('valueScale', () => {
  it('puts the top on a whole step at or above the largest value', () => {
    const scale = valueScale([3, 7, null, 9], 200);
    expect(scale.max).toBe(10);
    expect(scale.ticks).toEqual([0, 5, 10]);
    expect(scale.toPixels(5)).toBe(100);
    expect(scale.toPixels(10)).toBe(200);
  });

  it('gives empty and all-zero data an axis from 0 to one step', () => {
    expect(valueScale([], 100).ticks).toEqual([0, 1]);
    expect(valueScale([0, null], 100).max).toBe(1);
  });

  it('scales shares in tenths or quarters up to at most 1 for values within [0, 1]', () => {
    const scale = valueScale([0.4, 0.9], 100, { steps: SHARE_STEPS });
    expect(scale.max).toBe(1);
    expect(scale.ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('shows a bounded measure up to its bound even when the data stays below it', () => {
    expect(valueScale([0, null], 100, { steps: SHARE_STEPS, upTo: 1 }).max).toBe(1);
    expect(valueScale([3.5], 100, { steps: [1], upTo: 5, tickCount: 5 }).ticks).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('keeps count axes on whole numbers', () => {
    expect(valueScale([1], 100, { minStep: 1 }).ticks).toEqual([0, 1]);
  });
});
