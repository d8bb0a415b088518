import { timeOr, uuidOr, type AuditStatement, type AuditStatementTable } from './audit-statement';
import { opened } from './incident-opened.statement';

type IncidentTypes =
  | 'IncidentOpened'
  | 'IncidentAcknowledged'
  | 'AcknowledgementOverdue'
  | 'IncidentEscalated'
  | 'IncidentResolved'
  | 'ResolutionOverdue'
  | 'IncidentClosed'
  | 'IncidentReopened';

const acknowledged: AuditStatement<'IncidentAcknowledged'> = {
  pick: 'first',
  columns: {
    incident_id: 'uuid',
    at: 'timestamptz',
    by: 'text',
    elapsed_ms: 'bigint',
    business_ms: 'bigint',
    within: 'boolean',
  },
  sql: `UPDATE audit_incidents i SET acknowledged_at = x.at, acknowledged_by = x.by,
               acknowledge_ms = x.elapsed_ms, acknowledge_business_ms = x.business_ms,
               acknowledged_within = x.within
          FROM {records} x WHERE i.incident_id = x.incident_id AND i.acknowledged_at IS NULL`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    at: timeOr(data.acknowledgedAt, event),
    by: data.acknowledgedBy?.id ?? event.metadata.actor.id,
    elapsed_ms: data.elapsedMs,
    // Before issue 12 every hour counted: the business figure is the calendar one.
    business_ms: data.businessElapsedMs ?? data.elapsedMs,
    within: data.withinDeadline,
  }),
};

const acknowledgementOverdue: AuditStatement<'AcknowledgementOverdue'> = {
  pick: 'first',
  columns: { incident_id: 'uuid', at: 'timestamptz' },
  sql: `UPDATE audit_incidents i SET acknowledgement_overdue_at = x.at FROM {records} x
         WHERE i.incident_id = x.incident_id AND i.acknowledgement_overdue_at IS NULL`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    at: timeOr(data.detectedAt, event),
  }),
};

const escalated: AuditStatement<'IncidentEscalated'> = {
  pick: 'all',
  columns: {
    event_id: 'uuid',
    incident_id: 'uuid',
    level: 'integer',
    target: 'text',
    reason: 'text',
    subject_id: 'uuid',
    escalated_at: 'timestamptz',
  },
  sql: `INSERT INTO audit_escalations (event_id, incident_id, level, target, reason, subject_id, escalated_at)
        SELECT event_id, incident_id, level, target, reason, subject_id, escalated_at FROM {records} x
        ON CONFLICT (event_id) DO NOTHING`,
  record: (data, { incidentId, event }) =>
    typeof data.level === 'number'
      ? {
          event_id: event.eventId,
          incident_id: incidentId,
          level: data.level,
          target: data.to,
          reason: data.reason,
          subject_id: uuidOr(data.subjectId),
          escalated_at: timeOr(data.escalatedAt, event),
        }
      : null,
};

const resolvedFirst: AuditStatement<'IncidentResolved'> = {
  pick: 'first',
  columns: {
    incident_id: 'uuid',
    at: 'timestamptz',
    by: 'text',
    elapsed_ms: 'bigint',
    business_ms: 'bigint',
    within: 'boolean',
  },
  sql: `UPDATE audit_incidents i SET first_resolved_at = x.at, resolved_by = x.by, resolve_ms = x.elapsed_ms,
               resolve_business_ms = x.business_ms, resolved_within = x.within
          FROM {records} x WHERE i.incident_id = x.incident_id AND i.first_resolved_at IS NULL`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    at: timeOr(data.resolvedAt, event),
    by: data.resolvedBy?.id ?? event.metadata.actor.id,
    elapsed_ms: data.elapsedMs,
    // Open time without the time paused; before issue 12 nothing paused and every hour counted.
    business_ms: data.businessElapsedMs ?? data.elapsedMs,
    within: data.withinDeadline,
  }),
};

const resolvedLast: AuditStatement<'IncidentResolved'> = {
  pick: 'last',
  columns: { incident_id: 'uuid', at: 'timestamptz', outcome: 'text' },
  sql: `UPDATE audit_incidents i SET last_resolved_at = x.at, outcome = x.outcome
          FROM {records} x WHERE i.incident_id = x.incident_id`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    at: timeOr(data.resolvedAt, event),
    outcome: data.outcome,
  }),
};

const resolutionOverdue: AuditStatement<'ResolutionOverdue'> = {
  pick: 'first',
  columns: { incident_id: 'uuid', at: 'timestamptz' },
  sql: `UPDATE audit_incidents i SET resolution_overdue_at = x.at FROM {records} x
         WHERE i.incident_id = x.incident_id AND i.resolution_overdue_at IS NULL`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    at: timeOr(data.detectedAt, event),
  }),
};

const closed: AuditStatement<'IncidentClosed'> = {
  pick: 'last',
  columns: { incident_id: 'uuid', at: 'timestamptz' },
  sql: `UPDATE audit_incidents i SET closed_at = x.at FROM {records} x WHERE i.incident_id = x.incident_id`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    at: timeOr(data.closedAt, event),
  }),
};

// reopenCount only grows, so GREATEST keeps the count right whatever the batch boundaries.
const reopened: AuditStatement<'IncidentReopened'> = {
  pick: 'last',
  columns: { incident_id: 'uuid', reopen_count: 'integer' },
  sql: `UPDATE audit_incidents i SET reopen_count = GREATEST(i.reopen_count, x.reopen_count)
          FROM {records} x WHERE i.incident_id = x.incident_id`,
  record: (data, { incidentId }) =>
    typeof data.reopenCount === 'number'
      ? { incident_id: incidentId, reopen_count: data.reopenCount }
      : null,
};

/** How the incident lifecycle events fill audit_incidents and audit_escalations. */
export const incidentStatements = {
  IncidentOpened: [opened],
  IncidentAcknowledged: [acknowledged],
  AcknowledgementOverdue: [acknowledgementOverdue],
  IncidentEscalated: [escalated],
  IncidentResolved: [resolvedFirst, resolvedLast],
  ResolutionOverdue: [resolutionOverdue],
  IncidentClosed: [closed],
  IncidentReopened: [reopened],
} satisfies Pick<AuditStatementTable, IncidentTypes>;
