import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { filterParameters, share, wholeMs, type AuditFilter } from '../report/audit-filter';
import { timePausedFigures, type TimePausedRow } from '../report/time-paused.figures';
import { SCORECARD_SQL } from './scorecard.sql';
import { type Scorecard, type ScorecardInterval, type ScorecardPeriod } from './scorecard.types';

export * from './scorecard.types';

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
  ack_p90: number | null;
  resolve_p90: number | null;
  ack_business_p90: number | null;
  resolve_business_p90: number | null;
  resolved: number;
  reopened: number;
  kept: number;
  kept_on_time: number;
  broken: number;
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
    p90AcknowledgeMs: wholeMs(row.ack_p90),
    p90ResolveMs: wholeMs(row.resolve_p90),
    p90AcknowledgeBusinessMs: wholeMs(row.ack_business_p90),
    p90ResolveBusinessMs: wholeMs(row.resolve_business_p90),
    timePaused: timePausedFigures(row, row.incidents),
    promises: {
      kept: row.kept,
      keptOnTime: row.kept_on_time,
      broken: row.broken,
      settled: row.settled,
    },
    keepRate: share(row.kept_on_time, row.settled),
    reopenRate: share(row.reopened, row.resolved),
    satisfaction: { averageScore: row.average_score, answered: row.answered },
  };
}
