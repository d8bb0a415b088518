// The scorecard's shapes, apart from its Nest service so that the console can import
// them as types without pulling Nest and TypeORM into its type check.
import { type AuditFilter } from '../report/audit-filter';
import { type TimePausedFigures } from '../report/conformance-figures.types';

export const SCORECARD_INTERVALS = ['day', 'week', 'month'] as const;
export type ScorecardInterval = (typeof SCORECARD_INTERVALS)[number];

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
  /** Waits on the customer, as in the conformance report. */
  timePaused: TimePausedFigures;
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
