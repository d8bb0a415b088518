import { type ScorecardInterval, type ScorecardPeriod } from '../api/audit-types';
import { formatSpan } from '../time/durations';
import { type BarChartProps } from './charts/BarChart';
import { DURATION_STEPS, SHARE_STEPS } from './charts/chart-scale';
import { formatShare, percentileLabel, type Span, SPANS } from './figure-labels';
import { notKeptOnTime, periodAxisLabel, periodLabel } from './scorecard-series';

type Read = (period: ScorecardPeriod) => number | null;

const count = (value: number): string => String(Math.round(value * 100) / 100);

/** The scorecard's charts over its periods, in the order they are shown. */
export function scorecardCharts(
  periods: ScorecardPeriod[],
  interval: ScorecardInterval,
): BarChartProps[] {
  const common = {
    categories: periods.map((period) => periodLabel(period.period, interval)),
    xAxisLabel: periodAxisLabel(interval),
  };
  const series = (name: string, read: Read) => ({ name, values: periods.map(read) });
  // Calendar time beside business time, so a clock's count of open hours reads against every hour.
  const medians = (title: string, calendar: [Span, Read], business: [Span, Read]) => ({
    ...common,
    title,
    description: `Median per period: ${percentileLabel(50, calendar[0])} beside ${percentileLabel(50, business[0])}.`,
    series: [
      series(percentileLabel(50, calendar[0]), calendar[1]),
      series(percentileLabel(50, business[0]), business[1]),
    ],
    yAxisLabel: 'Median time',
    formatValue: formatSpan,
    axis: { steps: DURATION_STEPS },
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
    medians(
      'Time to acknowledge (p50)',
      [SPANS.acknowledge, (p) => p.medianAcknowledgeMs],
      [SPANS.acknowledgeBusiness, (p) => p.medianAcknowledgeBusinessMs],
    ),
    medians(
      'Time to resolve (p50)',
      [SPANS.resolve, (p) => p.medianResolveMs],
      [SPANS.resolveBusiness, (p) => p.medianResolveBusinessMs],
    ),
    {
      ...common,
      title: 'Time paused, waiting on the customer',
      description: `Per period, over the incidents that waited on the customer: ${percentileLabel(50, SPANS.paused)} beside ${percentileLabel(90, SPANS.paused)}. A period without a pause has no bars.`,
      series: [
        series(percentileLabel(50, SPANS.paused), (p) => p.timePaused.medianMs),
        series(percentileLabel(90, SPANS.paused), (p) => p.timePaused.p90Ms),
      ],
      yAxisLabel: 'Time paused',
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
