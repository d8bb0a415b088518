import { type ScorecardInterval, type ScorecardPeriod } from '../api/audit-types';

/** A period's start (UTC, as the API buckets it) as an axis label: "1 Dec", "w/c 30 Nov", "Dec 2026". */
export function periodLabel(iso: string, interval: ScorecardInterval): string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(Date.parse(iso));
  if (interval === 'month') return format({ month: 'short', year: 'numeric' });
  const day = format({ day: 'numeric', month: 'short' });
  return interval === 'week' ? `w/c ${day}` : day;
}

/** What the x axis of every scorecard chart counts. */
export function periodAxisLabel(interval: ScorecardInterval): string {
  return {
    day: 'Day opened (UTC)',
    week: 'Week opened (from Monday, UTC)',
    month: 'Month opened (UTC)',
  }[interval];
}

/**
 * The share of settled promises not kept on time (kept late or broken): the
 * complement of the keep rate, null where no promise was settled.
 */
export function notKeptOnTime(period: ScorecardPeriod): number | null {
  return period.keepRate === null ? null : 1 - period.keepRate;
}

/** Promises kept, but after their due time. */
export function keptLate(period: ScorecardPeriod): number {
  return period.promises.kept - period.promises.keptOnTime;
}

/** Promises broken and never kept since (broken also counts those kept late). */
export function neverKept(period: ScorecardPeriod): number {
  return period.promises.settled - period.promises.kept;
}
