import {
  SCORECARD_INTERVALS,
  type ScorecardInterval,
  type ScorecardPeriod,
} from '../api/audit-types';
import { describeFailure } from '../api/problem';
import { formatSpan } from '../time/durations';
import { type AuditSelection, useScorecard } from './audit-queries';
import { BarChart, type BarChartProps } from './charts/BarChart';
import { DURATION_STEPS, SHARE_STEPS } from './charts/chart-scale';
import { formatShare, percentileLabel, SPANS } from './figure-labels';
import { notKeptOnTime, periodAxisLabel, periodLabel } from './scorecard-series';

const INTERVAL_NAMES: Record<ScorecardInterval, string> = {
  day: 'By day',
  week: 'By week',
  month: 'By month',
};
const count = (value: number): string => String(Math.round(value * 100) / 100);

/** The headline measures over time, one chart each. */
export function ScorecardSection(props: {
  selection: AuditSelection;
  interval: ScorecardInterval;
  onIntervalChange: (interval: ScorecardInterval) => void;
}) {
  const scorecard = useScorecard(props.selection, props.interval);
  const periods = scorecard.data?.periods ?? [];
  return (
    <section className="card stack" aria-labelledby="scorecard-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="scorecard-title">Scorecard</h2>
        <label>
          Interval
          <select
            value={props.interval}
            onChange={(event) => props.onIntervalChange(event.target.value as ScorecardInterval)}
          >
            {SCORECARD_INTERVALS.map((interval) => (
              <option key={interval} value={interval}>
                {INTERVAL_NAMES[interval]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {scorecard.isPending && <p role="status">Loading the scorecard…</p>}
      {scorecard.isError && (
        <p className="error" role="alert">
          {describeFailure(scorecard.error)}
        </p>
      )}
      {scorecard.data && periods.length === 0 && <p>No incidents were opened in this selection.</p>}
      {periods.length > 0 && (
        <div
          className="chart-grid"
          style={{
            display: 'grid',
            gap: '1rem',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 440px), 1fr))',
          }}
        >
          {chartsOf(periods, props.interval).map((chart) => (
            <BarChart key={chart.title} {...chart} />
          ))}
        </div>
      )}
    </section>
  );
}

function chartsOf(periods: ScorecardPeriod[], interval: ScorecardInterval): BarChartProps[] {
  const categories = periods.map((period) => periodLabel(period.period, interval));
  const common = { categories, xAxisLabel: periodAxisLabel(interval) };
  const series = (name: string, read: (period: ScorecardPeriod) => number | null) => ({
    name,
    values: periods.map(read),
  });
  return [
    {
      ...common,
      title: 'Complaints, written and verbal',
      description:
        'Complaints opened per period, written (email, web, chat, letter, social) beside verbal (phone, in person).',
      series: [
        series('Written', (p) => p.complaints.written),
        series('Verbal', (p) => p.complaints.verbal),
      ],
      yAxisLabel: 'Complaints',
      formatValue: count,
      axis: { minStep: 1 },
    },
    {
      ...common,
      title: 'Time to acknowledge and resolve (p50)',
      description: `Median per period: ${percentileLabel(50, SPANS.acknowledge)} beside ${percentileLabel(50, SPANS.resolve)}.`,
      series: [
        series(percentileLabel(50, SPANS.acknowledge), (p) => p.medianAcknowledgeMs),
        series(percentileLabel(50, SPANS.resolve), (p) => p.medianResolveMs),
      ],
      yAxisLabel: 'Median time',
      formatValue: formatSpan,
      axis: { steps: DURATION_STEPS },
    },
    {
      ...common,
      title: 'Rework: reopened share of resolved',
      description: 'Share of the resolved incidents of each period that were reopened.',
      series: [series('Reopened', (p) => p.reopenRate)],
      yAxisLabel: 'Share reopened',
      formatValue: formatShare,
      axis: { steps: SHARE_STEPS, upTo: 1 },
    },
    {
      ...common,
      title: 'Promises kept and broken',
      description:
        'Of the promises settled (kept or broken) in each period: kept on time beside kept late or broken.',
      series: [
        series('Kept on time', (p) => p.keepRate),
        series('Kept late or broken', notKeptOnTime),
      ],
      yAxisLabel: 'Share of settled promises',
      formatValue: formatShare,
      axis: { steps: SHARE_STEPS, upTo: 1 },
    },
    {
      ...common,
      title: 'Feedback level',
      description:
        'Average answered feedback level per period, from 1 (below expectations) to 5 (amazed).',
      series: [series('Average level (1–5)', (p) => p.satisfaction.averageScore)],
      yAxisLabel: 'Level (1 below – 5 amazed)',
      formatValue: count,
      axis: { steps: [1], upTo: 5, tickCount: 5 },
    },
  ];
}
