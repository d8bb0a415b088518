import { addDuration, parseDuration } from './duration.util';

describe('parseDuration', () => {
  it.each([
    ['PT90S', 90_000],
    ['PT2H', 7_200_000],
    ['P1D', 86_400_000],
    ['P3D', 259_200_000],
    ['P1W', 604_800_000],
    ['PT1.5S', 1500],
    ['P1DT2H3M4.25S', 86_400_000 + 7_200_000 + 180_000 + 4250],
    ['PT0S', 0],
  ])('parses %s to %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', 'P1Y', 'P2M', '90S', 'PT-1S', 'P1DT', 'pt1s', 'PT1S '])(
    'refuses %p',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('addDuration', () => {
  it('adds an ISO duration to a timestamp', () => {
    expect(addDuration('2025-01-01T00:00:00.000Z', 'PT90S')).toBe('2025-01-01T00:01:30.000Z');
  });
});
