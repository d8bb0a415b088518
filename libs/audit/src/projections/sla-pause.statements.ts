import { AUDIT_PAUSES_TABLE } from '../read-models/add-audit-business-time.migration';
import { timeOr, type AuditStatement, type AuditStatementTable } from './audit-statement';

type PauseTypes = 'SlaClockPaused' | 'SlaClockResumed' | 'DeadlinesRescheduled';

// A pause counts once it has ended: SlaClockResumed carries both instants and the
// time paused (a resolution during a wait records one too, trigger incident_resolved).
const ended: AuditStatement<'SlaClockResumed'> = {
  pick: 'all',
  columns: {
    event_id: 'uuid',
    incident_id: 'uuid',
    paused_at: 'timestamptz',
    resumed_at: 'timestamptz',
    paused_ms: 'bigint',
    business_paused_ms: 'bigint',
    trigger: 'text',
  },
  sql: `INSERT INTO ${AUDIT_PAUSES_TABLE} (event_id, incident_id, paused_at, resumed_at, paused_ms,
          business_paused_ms, trigger)
        SELECT event_id, incident_id, paused_at, resumed_at, paused_ms, business_paused_ms, trigger
          FROM {records} x
        ON CONFLICT (event_id) DO NOTHING`,
  record: (data, { incidentId, event }) =>
    typeof data.pausedMs === 'number'
      ? {
          event_id: event.eventId,
          incident_id: incidentId,
          paused_at: timeOr(data.pausedAt, event),
          resumed_at: timeOr(data.resumedAt, event),
          paused_ms: data.pausedMs,
          business_paused_ms: data.businessPausedMs,
          trigger: data.trigger,
        }
      : null,
};

// The incident's totals are recomputed from its pause rows, never added to: a
// replayed batch finds its rows already there and leaves the totals as they were.
// They cover the incident's whole life, pauses after a reopening included.
const totals: AuditStatement<'SlaClockResumed'> = {
  pick: 'first',
  columns: { incident_id: 'uuid' },
  sql: `UPDATE audit_incidents i SET paused_ms = t.paused_ms, times_paused = t.pauses
          FROM (SELECT p.incident_id, sum(p.paused_ms)::bigint AS paused_ms, count(*)::int AS pauses
                  FROM ${AUDIT_PAUSES_TABLE} p JOIN {records} x ON x.incident_id = p.incident_id
                 GROUP BY p.incident_id) t
         WHERE i.incident_id = t.incident_id`,
  record: (_data, { incidentId }) => ({ incident_id: incidentId }),
};

/**
 * How waits on the customer fill audit_sla_pauses and the time paused of
 * audit_incidents. A pause still running is not counted yet; rescheduled deadlines
 * change no figure (the rules were pinned at opening, and the report measures
 * elapsed times, not deadlines).
 */
export const slaPauseStatements = {
  SlaClockPaused: [],
  SlaClockResumed: [ended, totals],
  DeadlinesRescheduled: [],
} satisfies Pick<AuditStatementTable, PauseTypes>;
