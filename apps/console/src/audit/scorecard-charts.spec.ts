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
    timePaused: { incidentsPaused: 0, share: 0, pauses: 0, medianMs: null, p90Ms: null },
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
  it('draws business-time medians as a second series beside calendar time', () => {
    expect(chart('Time to acknowledge (p50)').series).toEqual([
      { name: 'p50 · opened → acknowledged', values: [4 * MINUTE, 2 * MINUTE] },
      { name: 'p50 · opened → acknowledged, business hours', values: [MINUTE, 2 * MINUTE] },
    ]);
    expect(chart('Time to resolve (p50)').series).toEqual([
      { name: 'p50 · opened or reopened → first resolved', values: [50 * MINUTE, null] },
      {
        name: 'p50 · opened or reopened → first resolved, business hours less time paused',
        values: [20 * MINUTE, null],
      },
    ]);
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
