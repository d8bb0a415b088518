import { timePausedText } from './paused-time';

const NOW = Date.parse('2026-12-01T14:00:00Z');

describe('timePausedText', () => {
  it('is absent while the resolve clock has never been paused', () => {
    expect(timePausedText({ pausedMs: 0 }, NOW)).toBeUndefined();
  });

  it('gives the finished pauses once the clock runs again', () => {
    expect(timePausedText({ pausedMs: 2 * 3_600_000 + 10 * 60_000 }, NOW)).toBe('2 h 10 min');
  });

  it('adds the pause under way, and says the total still grows', () => {
    expect(timePausedText({ pausedMs: 3_600_000, pausedSince: '2026-12-01T13:45:00Z' }, NOW)).toBe(
      '1 h 15 min so far',
    );
  });
});
