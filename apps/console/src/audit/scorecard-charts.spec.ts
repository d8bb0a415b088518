import { type ScorecardPeriod } from '../api/audit-types';
import { scorecardCharts } from './scorecard-charts';

const MINUTE = 60_000;

function period(day: string, overrides: Partial<ScorecardPeriod>): ScorecardPeriod {
  return {
    period: `${day}T00:00:00.000Z`,
    incidents: 1,
    complaints: { total: 1, written: 0, verbal: 1 },
    medianAcknowledgeMs: null,
    medianResolveMs: null,
    medianAcknowledgeBusinessMs: null,
    medianResolveBusinessMs: null,
    p90AcknowledgeMs: null,
    p90ResolveMs: null,
    p90AcknowledgeBusinessMs: null,
    p90ResolveBusinessMs: null,
    timePaused: { incidentsPaused: 0, share: 0, pauses: 0, medianMs: null, p90Ms: null },
    promises: { kept: 0, keptOnTime: 0, broken: 0, settled: 0 },
    keepRate: null,
    reopenRate: null,
    satisfaction: { averageScore: null, answered: 0 },
    ...overrides,
  };
}

const PERIODS = [
  period('2026-12-01', {
    medianAcknowledgeMs: 4 * MINUTE,
    medianAcknowledgeBusinessMs: MINUTE,
    medianResolveMs: 50 * MINUTE,
    medianResolveBusinessMs: 20 * MINUTE,
    p90AcknowledgeMs: 9 * MINUTE,
    p90AcknowledgeBusinessMs: 3 * MINUTE,
    p90ResolveMs: 80 * MINUTE,
    p90ResolveBusinessMs: 30 * MINUTE,
    // One kept late (so broken first) and one broken for good.
    promises: { kept: 3, keptOnTime: 2, broken: 2, settled: 4 },
    timePaused: {
      incidentsPaused: 1,
      share: 1,
      pauses: 1,
      medianMs: 30 * MINUTE,
      p90Ms: 40 * MINUTE,
    },
  }),
  period('2026-12-02', {
    medianAcknowledgeMs: 2 * MINUTE,
    medianAcknowledgeBusinessMs: 2 * MINUTE,
  }),
];

function chart(title: string) {
  return scorecardCharts(PERIODS, 'day').find((each) => each.title === title)!;
}

describe('scorecard charts', () => {
  it('draws each span’s p50 and p90, calendar time beside business time', () => {
    expect(chart('Time to acknowledge (p50, p90)').series).toEqual([
      { name: 'p50 · opened → acknowledged', values: [4 * MINUTE, 2 * MINUTE] },
      { name: 'p90 · opened → acknowledged', values: [9 * MINUTE, null] },
      { name: 'p50 · opened → acknowledged, business hours', values: [MINUTE, 2 * MINUTE] },
      { name: 'p90 · opened → acknowledged, business hours', values: [3 * MINUTE, null] },
    ]);
    const resolveBusiness = 'opened or reopened → first resolved, business hours less time paused';
    expect(chart('Time to resolve (p50, p90)').series).toEqual([
      { name: 'p50 · opened or reopened → first resolved', values: [50 * MINUTE, null] },
      { name: 'p90 · opened or reopened → first resolved', values: [80 * MINUTE, null] },
      { name: `p50 · ${resolveBusiness}`, values: [20 * MINUTE, null] },
      { name: `p90 · ${resolveBusiness}`, values: [30 * MINUTE, null] },
    ]);
  });

  it('counts the promises kept on time, kept late, and broken and never kept, per period', () => {
    const promises = chart('Promises kept and broken');
    expect(promises.series).toEqual([
      { name: 'Kept on time', values: [2, 0] },
      { name: 'Kept late', values: [1, 0] },
      { name: 'Broken, never kept', values: [1, 0] },
    ]);
    expect(promises.formatValue(3)).toBe('3');
  });

  it('draws the time paused per period as p50 and p90, none where nothing was paused', () => {
    const paused = chart('Time paused, waiting on the customer');
    expect(paused.categories).toEqual(['1 Dec', '2 Dec']);
    expect(paused.series.map((each) => each.values)).toEqual([
      [30 * MINUTE, null],
      [40 * MINUTE, null],
    ]);
    expect(paused.formatValue(30 * MINUTE)).toBe('30 min');
  });
});
