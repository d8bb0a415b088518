import { type ScorecardPeriod } from '../api/audit-types';
import { notKeptOnTime, periodAxisLabel, periodLabel } from './scorecard-series';

describe('scorecard series', () => {
  it('labels a period by its UTC start, as day, week or month', () => {
    expect(periodLabel('2026-12-01T00:00:00.000Z', 'day')).toBe('1 Dec');
    expect(periodLabel('2026-11-30T00:00:00.000Z', 'week')).toBe('w/c 30 Nov');
    expect(periodLabel('2026-12-01T00:00:00.000Z', 'month')).toBe('Dec 2026');
  });

  it('says what the x axis counts for each interval', () => {
    expect(periodAxisLabel('week')).toBe('Week opened (from Monday, UTC)');
  });

  it('counts promises not kept on time as the complement of the keep rate', () => {
    const period = { keepRate: 0.75 } as ScorecardPeriod;
    expect(notKeptOnTime(period)).toBeCloseTo(0.25);
    expect(notKeptOnTime({ keepRate: null } as ScorecardPeriod)).toBeNull();
  });
});
