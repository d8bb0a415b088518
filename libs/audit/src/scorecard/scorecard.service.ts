import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { filterParameters, share, wholeMs, type AuditFilter } from '../report/audit-filter';
import { type TimePausedFigures } from '../report/conformance-figures.types';
import { timePausedFigures, type TimePausedRow } from '../report/time-paused.figures';
import { SCORECARD_SQL } from './scorecard.sql';

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

interface ScorecardRow extends TimePausedRow {
  bucket: Date;
  incidents: number;
  complaints: number;
  written: number;
  verbal: number;
  ack_median: number | null;
  resolve_median: number | null;
  ack_business_median: number | null;
  resolve_business_median: number | null;
  resolved: number;
  reopened: number;
  kept_on_time: number;
  settled: number;
  answered: number;
  average_score: number | null;
}

/** Headline measures over time (issue 6 §3), in SQL over the audit read models. */
@Injectable()
export class ScorecardService {
  constructor(private readonly dataSource: DataSource) {}

  /** The scorecard for the filtered incidents, one entry per day, week or month. */
  async scorecard(interval: ScorecardInterval, filter: AuditFilter): Promise<Scorecard> {
    const rows = await this.dataSource.query<ScorecardRow[]>(SCORECARD_SQL, [
      ...filterParameters(filter),
      interval,
    ]);
    return { interval, filter, periods: rows.map(toPeriod) };
  }
}

function toPeriod(row: ScorecardRow): ScorecardPeriod {
  return {
    period: row.bucket.toISOString(),
    incidents: row.incidents,
    complaints: { total: row.complaints, written: row.written, verbal: row.verbal },
    medianAcknowledgeMs: wholeMs(row.ack_median),
    medianResolveMs: wholeMs(row.resolve_median),
    medianAcknowledgeBusinessMs: wholeMs(row.ack_business_median),
    medianResolveBusinessMs: wholeMs(row.resolve_business_median),
    timePaused: timePausedFigures(row, row.incidents),
    keepRate: share(row.kept_on_time, row.settled),
    reopenRate: share(row.reopened, row.resolved),
    satisfaction: { averageScore: row.average_score, answered: row.answered },
  };
}
