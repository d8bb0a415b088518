import { SERVICE_LEVELS } from '@recovery/domain/incident/incident-vocabulary';
import { type ConformanceFigures } from '../api/audit-types';
import { formatSpan } from '../time/durations';
import { formatPart, formatShare, percentileLabel, SPANS, spanLabel } from './figure-labels';

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
      {
        label: percentileLabel(50, SPANS.acknowledge),
        value: (f) => duration(f.acknowledgement.medianMs),
      },
      {
        label: percentileLabel(90, SPANS.acknowledge),
        value: (f) => duration(f.acknowledgement.p90Ms),
      },
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
      { label: percentileLabel(50, SPANS.resolve), value: (f) => duration(f.resolution.medianMs) },
      { label: percentileLabel(90, SPANS.resolve), value: (f) => duration(f.resolution.p90Ms) },
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

function amountsGranted(figures: ConformanceFigures): string {
  const amounts = figures.remedies.amountsGranted;
  if (amounts.length === 0) return '–';
  return amounts.map((each) => `${each.total} ${each.currency} in ${each.grants}`).join(', ');
}

/** Every span the report measures, for the note under the table. */
export const MEASURED_SPANS = Object.values(SPANS).map(spanLabel);
