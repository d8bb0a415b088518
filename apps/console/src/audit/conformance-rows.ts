import { SERVICE_LEVELS } from '@recovery/domain/incident/incident-vocabulary';
import { type ClockFigures, type ConformanceFigures } from '../api/audit-types';
import { formatSpan } from '../time/durations';
import {
  formatPart,
  formatShare,
  percentileLabel,
  type Span,
  SPANS,
  spanLabel,
} from './figure-labels';

/** One line of the conformance table: a figure, read from each column's figures. */
export interface FigureRow {
  label: string;
  value: (figures: ConformanceFigures) => string;
}

export interface FigureSection {
  title: string;
  rows: FigureRow[];
}

const duration = (ms: number | null): string => (ms === null ? '–' : formatSpan(ms));
const count = (value: number): string => String(value);

/**
 * The report's figures as the table shows them. Durations are percentiles, each
 * naming its two timestamps (issue 11: distributions, not means).
 */
export const CONFORMANCE_SECTIONS: FigureSection[] = [
  {
    title: 'Incidents',
    rows: [
      { label: 'Opened', value: (f) => count(f.incidents) },
      { label: 'Written complaints', value: (f) => count(f.channels.written) },
      { label: 'Verbal complaints', value: (f) => count(f.channels.verbal) },
      { label: 'Raised by systems', value: (f) => count(f.channels.system) },
    ],
  },
  {
    title: 'Acknowledgement',
    rows: [
      ...clockTimeRows('Acknowledge', (f) => f.acknowledgement, {
        calendar: SPANS.acknowledge,
        business: SPANS.acknowledgeBusiness,
      }),
      {
        label: 'Acknowledged within the deadline (of those decided)',
        value: (f) => formatPart(f.acknowledgement.withinDeadline, f.acknowledgement.decided),
      },
      { label: 'Acknowledgement overdue', value: (f) => count(f.acknowledgement.overdue) },
    ],
  },
  {
    title: 'Resolution',
    rows: [
      ...clockTimeRows('Resolve', (f) => f.resolution, {
        calendar: SPANS.resolve,
        business: SPANS.resolveBusiness,
      }),
      {
        label: 'Resolved within the deadline (of those decided)',
        value: (f) => formatPart(f.resolution.withinDeadline, f.resolution.decided),
      },
      { label: 'Resolution overdue', value: (f) => count(f.resolution.overdue) },
      {
        label: 'Rework: reopened (of resolved)',
        value: (f) => formatPart(f.resolution.reopened, f.resolution.resolved),
      },
    ],
  },
  {
    title: 'Time paused',
    rows: [
      {
        label: 'Incidents paused, waiting on the customer (of opened)',
        value: (f) => formatPart(f.timePaused.incidentsPaused, f.incidents),
      },
      { label: 'Pauses ended', value: (f) => count(f.timePaused.pauses) },
      { label: percentileLabel(50, SPANS.paused), value: (f) => duration(f.timePaused.medianMs) },
      { label: percentileLabel(90, SPANS.paused), value: (f) => duration(f.timePaused.p90Ms) },
    ],
  },
  {
    title: 'Escalation',
    rows: [
      {
        label: 'Escalated incidents',
        value: (f) => formatPart(f.escalation.escalatedIncidents, f.incidents),
      },
      ...[1, 2, 3].map((level) => ({
        label: `Reached rung ${level}`,
        value: (f: ConformanceFigures) =>
          count(f.escalation.byRung.find((rung) => rung.level === level)?.incidents ?? 0),
      })),
    ],
  },
  {
    title: 'Remedies',
    rows: [
      { label: 'Proposed', value: (f) => count(f.remedies.proposed) },
      {
        label: 'Granted at once, within the frontline limit',
        value: (f) => count(f.remedies.grantedWithinFrontlineLimits),
      },
      { label: 'Sent for approval', value: (f) => count(f.remedies.sentForApproval) },
      {
        label: 'Approvals granted / denied / expired',
        value: (f) =>
          `${f.remedies.approvalsGranted} / ${f.remedies.approvalsDenied} / ${f.remedies.approvalsExpired}`,
      },
      {
        label: percentileLabel(50, SPANS.approval),
        value: (f) => duration(f.remedies.medianTimeToDecisionMs),
      },
      {
        label: 'Delivered (of granted)',
        value: (f) => formatPart(f.remedies.delivered, f.remedies.granted),
      },
      { label: 'Amounts granted', value: (f) => amountsGranted(f) },
      {
        label: 'Grants outside authority or self-approved',
        value: (f) => count(f.remedies.violations),
      },
    ],
  },
  {
    title: 'Promises',
    rows: [
      { label: 'Made', value: (f) => count(f.promises.made) },
      { label: 'Kept on time (of kept or broken)', value: (f) => formatShare(f.promises.keepRate) },
      { label: 'Kept / broken', value: (f) => `${f.promises.kept} / ${f.promises.broken}` },
      { label: 'Unconfirmed by their fulfiller', value: (f) => count(f.promises.unconfirmed) },
      {
        label: percentileLabel(50, SPANS.promiseLateness),
        value: (f) => duration(f.promises.medianLatenessMs),
      },
    ],
  },
  {
    title: 'Feedback',
    rows: [
      {
        label: 'Follow-ups answered (of sent)',
        value: (f) => formatPart(f.followUp.answered, f.followUp.sent),
      },
      ...SERVICE_LEVELS.map((level) => ({
        label: `Level “${level}”`,
        value: (f: ConformanceFigures) =>
          formatPart(f.followUp.distribution[level], f.followUp.answered),
      })),
    ],
  },
];

/**
 * A clock's p50 and p90, each in calendar time beside business time, and how many
 * incidents' deadlines counted business hours (issue 12).
 */
function clockTimeRows(
  name: 'Acknowledge' | 'Resolve',
  clock: (figures: ConformanceFigures) => ClockFigures,
  { calendar, business }: { calendar: Span; business: Span },
): FigureRow[] {
  return [
    { label: percentileLabel(50, calendar), value: (f) => duration(clock(f).medianMs) },
    { label: percentileLabel(50, business), value: (f) => duration(clock(f).businessMedianMs) },
    { label: percentileLabel(90, calendar), value: (f) => duration(clock(f).p90Ms) },
    { label: percentileLabel(90, business), value: (f) => duration(clock(f).businessP90Ms) },
    {
      label: `${name} deadline counted business hours (of opened)`,
      value: (f) => formatPart(clock(f).businessClock, f.incidents),
    },
  ];
}

function amountsGranted(figures: ConformanceFigures): string {
  const amounts = figures.remedies.amountsGranted;
  if (amounts.length === 0) return '–';
  return amounts.map((each) => `${each.total} ${each.currency} in ${each.grants}`).join(', ');
}

/** Every span the report measures, for the note under the table. */
export const MEASURED_SPANS = Object.values(SPANS).map(spanLabel);
