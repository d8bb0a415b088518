import { type ScorecardInterval, type ScorecardPeriod } from '../api/audit-types';
import { formatSpan } from '../time/durations';
import { type BarChartProps } from './charts/BarChart';
import { DURATION_STEPS, SHARE_STEPS } from './charts/chart-scale';
import { formatShare, percentileLabel, type Span, SPANS } from './figure-labels';
import {
  keptLate,
  neverKept,
  notKeptOnTime,
  periodAxisLabel,
  periodLabel,
} from './scorecard-series';

type Read = (period: ScorecardPeriod) => number | null;

/** One span's percentiles per period, as the scorecard reads them. */
interface Timing {
  span: Span;
  p50: Read;
  p90: Read;
}

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
  // p50 and p90 of calendar time beside business time, so a clock's count of open hours
  // reads against every hour and a period's tail against its middle.
  const percentiles = (title: string, calendar: Timing, business: Timing) => ({
    ...common,
    title,
    description: `Per period: ${percentileLabel(50, calendar.span)} and p90, beside ${percentileLabel(50, business.span)} and p90.`,
    series: [
      series(percentileLabel(50, calendar.span), calendar.p50),
      series(percentileLabel(90, calendar.span), calendar.p90),
      series(percentileLabel(50, business.span), business.p50),
      series(percentileLabel(90, business.span), business.p90),
    ],
    yAxisLabel: 'Time',
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
    percentiles(
      'Time to acknowledge (p50, p90)',
      {
        span: SPANS.acknowledge,
        p50: (p) => p.medianAcknowledgeMs,
        p90: (p) => p.p90AcknowledgeMs,
      },
      {
        span: SPANS.acknowledgeBusiness,
        p50: (p) => p.medianAcknowledgeBusinessMs,
        p90: (p) => p.p90AcknowledgeBusinessMs,
      },
    ),
    percentiles(
      'Time to resolve (p50, p90)',
      { span: SPANS.resolve, p50: (p) => p.medianResolveMs, p90: (p) => p.p90ResolveMs },
      {
        span: SPANS.resolveBusiness,
        p50: (p) => p.medianResolveBusinessMs,
        p90: (p) => p.p90ResolveBusinessMs,
      },
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
        "Promises of each period's incidents settled so far: kept on time, kept late, broken and never kept.",
      series: [
        series('Kept on time', (p) => p.promises.keptOnTime),
        series('Kept late', keptLate),
        series('Broken, never kept', neverKept),
      ],
      yAxisLabel: 'Promises',
      formatValue: count,
      axis: { minStep: 1 },
    },
    {
      ...common,
      title: 'Promises kept on time, share of settled',
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
