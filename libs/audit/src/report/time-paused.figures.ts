import { share, wholeMs } from './audit-filter';
import { type TimePausedFigures } from './conformance-figures.types';

/**
 * The time-paused columns over the filtered incidents `f`, for the report and the
 * scorecard alike. Durations are over the incidents that were paused: over every
 * incident the median would read 0 whenever most never wait on the customer.
 */
export const TIME_PAUSED_COLUMNS = `count(*) FILTER (WHERE times_paused > 0)::int AS paused_incidents,
       coalesce(sum(times_paused), 0)::int AS pauses,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY paused_ms) FILTER (WHERE times_paused > 0)
         AS paused_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY paused_ms) FILTER (WHERE times_paused > 0)
         AS paused_p90`;

/** What {@link TIME_PAUSED_COLUMNS} reads as (int4 and float8: numbers, never strings). */
export interface TimePausedRow {
  paused_incidents: number;
  pauses: number;
  paused_median: number | null;
  paused_p90: number | null;
}

/** The time-paused figures of a row holding {@link TIME_PAUSED_COLUMNS}, out of `incidents`. */
export function timePausedFigures(row: TimePausedRow, incidents: number): TimePausedFigures {
  return {
    incidentsPaused: row.paused_incidents,
    share: share(row.paused_incidents, incidents),
    pauses: row.pauses,
    medianMs: wholeMs(row.paused_median),
    p90Ms: wholeMs(row.paused_p90),
  };
}
