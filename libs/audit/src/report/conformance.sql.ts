import { SERVICE_LEVELS } from '@recovery/domain';
import { FILTERED_INCIDENTS_SQL } from './audit-filter';
import { TIME_PAUSED_COLUMNS } from './time-paused.figures';

// Every statement starts from the filtered incidents and aggregates in PostgreSQL
// (percentile_cont, FILTER): only one row per section crosses the wire, which is what
// keeps a month of 100,000 incidents under a second (issue 6, BENCHMARKS.md).
const F = `WITH f AS (${FILTERED_INCIDENTS_SQL})`;

export const INCIDENT_FIGURES_SQL = `${F}
SELECT count(*)::int AS incidents,
       count(acknowledged_at)::int AS acknowledged,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY acknowledge_ms) AS ack_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY acknowledge_ms) AS ack_p90,
       count(*) FILTER (WHERE acknowledged_within)::int AS ack_within,
       count(*) FILTER (WHERE acknowledged_at IS NOT NULL OR acknowledgement_overdue_at IS NOT NULL)::int
         AS ack_decided,
       count(acknowledgement_overdue_at)::int AS ack_overdue,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY acknowledge_business_ms) AS ack_business_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY acknowledge_business_ms) AS ack_business_p90,
       count(*) FILTER (WHERE acknowledge_clock = 'business')::int AS ack_business_clock,
       count(first_resolved_at)::int AS resolved,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY resolve_ms) AS resolve_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY resolve_ms) AS resolve_p90,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY resolve_business_ms) AS resolve_business_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY resolve_business_ms) AS resolve_business_p90,
       count(*) FILTER (WHERE resolve_clock = 'business')::int AS resolve_business_clock,
       count(*) FILTER (WHERE resolved_within)::int AS resolved_within,
       count(*) FILTER (WHERE first_resolved_at IS NOT NULL OR resolution_overdue_at IS NOT NULL)::int
         AS resolution_decided,
       count(resolution_overdue_at)::int AS resolution_overdue,
       count(*) FILTER (WHERE reopen_count > 0)::int AS reopened,
       ${TIME_PAUSED_COLUMNS},
       count(*) FILTER (WHERE channel_group = 'written')::int AS written,
       count(*) FILTER (WHERE channel_group = 'verbal')::int AS verbal,
       count(*) FILTER (WHERE channel_group = 'system')::int AS system
  FROM f`;

// GROUPING SETS: one row per rung plus the total of distinct escalated incidents (level NULL).
export const ESCALATION_SQL = `${F}
SELECT e.level, count(DISTINCT e.incident_id)::int AS incidents
  FROM audit_escalations e JOIN f ON f.incident_id = e.incident_id
 GROUP BY GROUPING SETS ((e.level), ())
 ORDER BY e.level NULLS FIRST`;

export const REMEDY_SQL = `${F}
SELECT count(*)::int AS proposed,
       count(*) FILTER (WHERE r.granted_via = 'within_limit')::int AS granted_at_once,
       count(r.granted_at)::int AS granted,
       count(r.delivered_at)::int AS delivered,
       count(r.violation)::int AS violations
  FROM audit_remedies r JOIN f ON f.incident_id = r.incident_id`;

// Which limit a grant fell within is the authority its amount needed, as the domain's
// requiredAuthority decided it and the event recorded it: the ladder is not restated here.
export const AMOUNTS_SQL = `${F}
SELECT r.currency,
       count(*)::int AS grants,
       sum(r.granted_amount)::bigint AS total,
       count(*) FILTER (WHERE r.required_authority = 'frontline')::int AS within_frontline,
       count(*) FILTER (WHERE r.required_authority = 'supervisor')::int AS within_supervisor,
       count(*) FILTER (WHERE r.required_authority = 'manager')::int AS above_supervisor
  FROM audit_remedies r JOIN f ON f.incident_id = r.incident_id
 WHERE r.granted_at IS NOT NULL
 GROUP BY r.currency ORDER BY r.currency`;

export const APPROVAL_SQL = `${F}
SELECT count(*)::int AS requested,
       count(*) FILTER (WHERE a.outcome = 'granted')::int AS granted,
       count(*) FILTER (WHERE a.outcome = 'denied')::int AS denied,
       count(*) FILTER (WHERE a.outcome = 'expired')::int AS expired,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY a.decision_ms) AS decision_median,
       count(a.violation)::int AS violations
  FROM audit_approvals a JOIN f ON f.incident_id = a.incident_id`;

export const PROMISE_SQL = `${F}
SELECT count(*)::int AS made,
       count(*) FILTER (WHERE p.requires_confirmation)::int AS requiring_confirmation,
       count(p.confirmed_at)::int AS confirmed,
       count(p.unconfirmed_at)::int AS unconfirmed,
       count(p.kept_at)::int AS kept,
       count(*) FILTER (WHERE p.kept_at IS NOT NULL AND p.lateness_ms = 0)::int AS kept_on_time,
       count(p.broken_at)::int AS broken,
       count(*) FILTER (WHERE p.kept_at IS NOT NULL OR p.broken_at IS NOT NULL)::int AS settled,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY p.lateness_ms) AS lateness_median
  FROM audit_promises p JOIN f ON f.incident_id = p.incident_id`;

export const FOLLOW_UP_SQL = `${F}
SELECT count(*)::int AS sent,
       count(u.answered_at)::int AS answered,
       count(u.unanswered_at)::int AS unanswered,
       avg(u.score)::float8 AS average_score,
       ${SERVICE_LEVELS.map((level) => `count(*) FILTER (WHERE u.level = '${level}')::int AS "${level}"`).join(',\n       ')}
  FROM audit_follow_ups u JOIN f ON f.incident_id = u.incident_id`;
