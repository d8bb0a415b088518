// The scorecard's shapes, apart from its Nest service so that the console can import
// them as types without pulling Nest and TypeORM into its type check.
import { type AuditFilter } from '../report/audit-filter';
import { type PromiseFigures, type TimePausedFigures } from '../report/conformance-figures.types';

export const SCORECARD_INTERVALS = ['day', 'week', 'month'] as const;
export type ScorecardInterval = (typeof SCORECARD_INTERVALS)[number];

/**
 * As the conformance report counts them: kept (on time or late) includes keptOnTime;
 * broken is every promise whose due time passed unkept, so it includes those kept
 * late; settled is every promise kept or broken.
 */
export interface ScorecardPromiseCounts extends Pick<
  PromiseFigures,
  'kept' | 'keptOnTime' | 'broken'
> {
  settled: number;
}

/** One period of the scorecard; periods without incidents are omitted. */
export interface ScorecardPeriod {
  /** Start of the period (UTC). */
  period: string;
  incidents: number;
  complaints: { total: number; written: number; verbal: number };
  /** Opened → acknowledged, calendar time. */
  medianAcknowledgeMs: number | null;
  /** Opened → first resolved, calendar time. */
  medianResolveMs: number | null;
  /** Opened → acknowledged, business time (issue 12; every hour where the site has no calendar). */
  medianAcknowledgeBusinessMs: number | null;
  /** Opened → first resolved, business time without the time paused. */
  medianResolveBusinessMs: number | null;
  /** The same four spans' p90 (by linear interpolation, as the conformance report's). */
  p90AcknowledgeMs: number | null;
  p90ResolveMs: number | null;
  p90AcknowledgeBusinessMs: number | null;
  p90ResolveBusinessMs: number | null;
  /** Waits on the customer, as in the conformance report. */
  timePaused: TimePausedFigures;
  /** Promises of the period's incidents settled so far, as the conformance report counts them. */
  promises: ScorecardPromiseCounts;
  /** Promises kept on time ÷ settled. */
  keepRate: number | null;
  /** Reopened ÷ resolved. */
  reopenRate: number | null;
  /** Average feedback score (1–5) and how many answered. */
  satisfaction: { averageScore: number | null; answered: number };
}

export interface Scorecard {
  interval: ScorecardInterval;
  filter: AuditFilter;
  periods: ScorecardPeriod[];
}
