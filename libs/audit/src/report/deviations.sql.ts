import { FILTER_PARAMETER_COUNT, FILTERED_INCIDENTS_SQL } from './audit-filter';

// Each branch is one way practice departs from policy; `at` is when it happened. Every
// branch carries the incident's columns itself: joining the union back to f made the
// planner loop over the whole union once per incident (seconds at 100,000 incidents).
const COLUMNS = 'f.incident_id, f.site, f.policy_key, f.policy_version';
const DEVIATIONS = `WITH f AS MATERIALIZED (${FILTERED_INCIDENTS_SQL}),
d AS (
  SELECT ${COLUMNS}, 'late_acknowledgement' AS kind, NULL::uuid AS subject_id,
         coalesce(f.acknowledgement_overdue_at, f.acknowledged_at) AS at
    FROM f WHERE f.acknowledgement_overdue_at IS NOT NULL OR f.acknowledged_within = false
  UNION ALL
  SELECT ${COLUMNS}, 'late_resolution', NULL, coalesce(f.resolution_overdue_at, f.first_resolved_at)
    FROM f WHERE f.resolution_overdue_at IS NOT NULL OR f.resolved_within = false
  UNION ALL
  SELECT ${COLUMNS}, 'broken_promise', p.promise_id, p.broken_at
    FROM audit_promises p JOIN f ON f.incident_id = p.incident_id WHERE p.broken_at IS NOT NULL
  UNION ALL
  SELECT ${COLUMNS}, 'unconfirmed_promise', p.promise_id, p.unconfirmed_at
    FROM audit_promises p JOIN f ON f.incident_id = p.incident_id WHERE p.unconfirmed_at IS NOT NULL
  UNION ALL
  SELECT ${COLUMNS}, r.violation, r.remedy_id, r.granted_at
    FROM audit_remedies r JOIN f ON f.incident_id = r.incident_id WHERE r.violation IS NOT NULL
  UNION ALL
  SELECT ${COLUMNS}, a.violation, a.approval_id, a.decided_at
    FROM audit_approvals a JOIN f ON f.incident_id = a.incident_id WHERE a.violation IS NOT NULL
  UNION ALL
  SELECT ${COLUMNS}, 'approval_expired', a.approval_id, a.decided_at
    FROM audit_approvals a JOIN f ON f.incident_id = a.incident_id WHERE a.outcome = 'expired'
  UNION ALL
  -- Closed without the customer ever being asked how it went (DOMAIN.md §6).
  SELECT ${COLUMNS}, 'missing_follow_up', NULL, f.closed_at
    FROM f WHERE f.closed_at IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM audit_follow_ups u WHERE u.incident_id = f.incident_id)
)`;

const LIMIT = `$${FILTER_PARAMETER_COUNT + 1}`;
const OFFSET = `$${FILTER_PARAMETER_COUNT + 2}`;

/** One page of deviations in time order; parameters: the filter, then limit and offset. */
export const DEVIATION_PAGE_SQL = `${DEVIATIONS}
SELECT d.incident_id, d.kind, d.subject_id, d.at, d.site, d.policy_key, d.policy_version
  FROM d
 ORDER BY d.at, d.incident_id, d.kind, d.subject_id
 LIMIT ${LIMIT} OFFSET ${OFFSET}`;

/** Deviations counted by kind; parameters: the filter. */
export const DEVIATION_COUNT_SQL = `${DEVIATIONS}
SELECT kind, count(*)::int AS n FROM d GROUP BY kind`;
