import { FILTER_PARAMETER_COUNT, FILTERED_INCIDENTS_SQL } from '../report/audit-filter';
import { TIME_PAUSED_COLUMNS } from '../report/time-paused.figures';

const INTERVAL = `$${FILTER_PARAMETER_COUNT + 1}::text`;

/**
 * The headline measures per period (DOMAIN.md §7). Incidents are bucketed by the UTC
 * day, ISO week (Monday) or month they were opened in; promises and feedback count in
 * their incident's bucket. Parameters: the filter, then the interval.
 */
export const SCORECARD_SQL = `
WITH f AS (
  SELECT x.*, date_trunc(${INTERVAL}, x.opened_at, 'UTC') AS bucket FROM (${FILTERED_INCIDENTS_SQL}) x
),
b AS (
  SELECT bucket,
         count(*)::int AS incidents,
         count(*) FILTER (WHERE kind = 'complaint')::int AS complaints,
         count(*) FILTER (WHERE kind = 'complaint' AND channel_group = 'written')::int AS written,
         count(*) FILTER (WHERE kind = 'complaint' AND channel_group = 'verbal')::int AS verbal,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY acknowledge_ms) AS ack_median,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY resolve_ms) AS resolve_median,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY acknowledge_business_ms) AS ack_business_median,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY resolve_business_ms) AS resolve_business_median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY acknowledge_ms) AS ack_p90,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY resolve_ms) AS resolve_p90,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY acknowledge_business_ms) AS ack_business_p90,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY resolve_business_ms) AS resolve_business_p90,
         ${TIME_PAUSED_COLUMNS},
         count(first_resolved_at)::int AS resolved,
         count(*) FILTER (WHERE reopen_count > 0)::int AS reopened
    FROM f GROUP BY bucket
),
p AS (
  SELECT f.bucket,
         count(p.kept_at)::int AS kept,
         count(*) FILTER (WHERE p.kept_at IS NOT NULL AND p.lateness_ms = 0)::int AS kept_on_time,
         count(p.broken_at)::int AS broken,
         count(*) FILTER (WHERE p.kept_at IS NOT NULL OR p.broken_at IS NOT NULL)::int AS settled
    FROM audit_promises p JOIN f ON f.incident_id = p.incident_id GROUP BY f.bucket
),
s AS (
  SELECT f.bucket, count(u.answered_at)::int AS answered, avg(u.score)::float8 AS average_score
    FROM audit_follow_ups u JOIN f ON f.incident_id = u.incident_id GROUP BY f.bucket
)
SELECT b.*, coalesce(p.kept, 0) AS kept, coalesce(p.kept_on_time, 0) AS kept_on_time,
       coalesce(p.broken, 0) AS broken, coalesce(p.settled, 0) AS settled,
       coalesce(s.answered, 0) AS answered, s.average_score
  FROM b LEFT JOIN p ON p.bucket = b.bucket LEFT JOIN s ON s.bucket = b.bucket
 ORDER BY b.bucket`;
