import {
  INCIDENT_EVENT_TYPES,
  isIncidentEventType,
  type IncidentEventData,
  type IncidentEventType,
} from '@recovery/domain';
import { type Projection, type StoredEvent } from '@recovery/event-store';
import { QueryRunner } from 'typeorm';
import { AUDIT_PAUSES_TABLE } from '../read-models/add-audit-business-time.migration';
import { AUDIT_TABLES } from '../read-models/create-audit-tables.migration';
import {
  incidentOf,
  recordSetSql,
  type AuditRecord,
  type AuditStatement,
  type AuditStatementTable,
  type StatementShape,
} from './audit-statement';
import { followUpStatements } from './follow-up.statements';
import { incidentStatements } from './incident.statements';
import { promiseStatements } from './promise.statements';
import { remedyStatements } from './remedy.statements';
import { slaPauseStatements } from './sla-pause.statements';

const STATEMENTS: AuditStatementTable = {
  ...incidentStatements,
  ...remedyStatements,
  ...promiseStatements,
  ...followUpStatements,
  ...slaPauseStatements,
  // Conversation events only attribute staff to the incident (below).
  NoteAdded: [],
  CustomerContacted: [],
  IncidentReassigned: [],
};

// Rows are created before anything updates them: within one batch an incident's
// IncidentOpened must land before its IncidentAcknowledged, and so on.
const CREATING: readonly IncidentEventType[] = [
  'IncidentOpened',
  'RemedyProposed',
  'ApprovalRequested',
  'PromiseMade',
  'FollowUpSent',
];
const ORDER = [...CREATING, ...INCIDENT_EVENT_TYPES.filter((type) => !CREATING.includes(type))];

const STAFF_SQL = `INSERT INTO audit_incident_staff (staff_id, incident_id)
  SELECT DISTINCT staff_id, incident_id FROM jsonb_to_recordset($1::jsonb) AS x(staff_id text, incident_id uuid)
  ON CONFLICT DO NOTHING`;

/** Name of the audit projection: it keys its checkpoint and advisory lock. */
export const AUDIT_PROJECTION_NAME = 'audit-read-models';

/**
 * The executive audit's read models (issue 6), applied by the event store's
 * ProjectionRunner in global order. Each batch costs one set-based statement per
 * event type present, so a rebuild of millions of events stays fast.
 */
export const auditProjection: Projection = {
  name: AUDIT_PROJECTION_NAME,
  handles: isIncidentEventType,
  async apply(queryRunner: QueryRunner, events: StoredEvent[]): Promise<void> {
    const byType = groupByType(events);
    for (const type of ORDER) {
      const batch = byType.get(type);
      if (batch) await applyType(queryRunner, type, batch);
    }
    await applyStaff(queryRunner, events);
  },
  async reset(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`TRUNCATE ${[...AUDIT_TABLES, AUDIT_PAUSES_TABLE].join(', ')}`);
  },
};

interface Positioned {
  event: StoredEvent;
  incidentId: string;
  pos: number;
}

function groupByType(events: StoredEvent[]): Map<IncidentEventType, Positioned[]> {
  const byType = new Map<IncidentEventType, Positioned[]>();
  events.forEach((event, pos) => {
    const incidentId = incidentOf(event);
    if (incidentId === undefined || !isIncidentEventType(event.type)) return;
    const list = byType.get(event.type) ?? [];
    list.push({ event, incidentId, pos });
    byType.set(event.type, list);
  });
  return byType;
}

async function applyType<T extends IncidentEventType>(
  queryRunner: QueryRunner,
  type: T,
  batch: Positioned[],
): Promise<void> {
  const statements = STATEMENTS[type] as readonly AuditStatement<T>[];
  for (const statement of statements) {
    const records: AuditRecord[] = [];
    for (const { event, incidentId, pos } of batch) {
      const record = statement.record(event.data as IncidentEventData<T>, { incidentId, event });
      if (record) records.push({ ...record, pos });
    }
    if (records.length > 0) await queryRunner.query(sqlOf(statement), [JSON.stringify(records)]);
  }
}

const SQL_CACHE = new WeakMap<object, string>();

function sqlOf(statement: StatementShape): string {
  let sql = SQL_CACHE.get(statement);
  if (sql === undefined) {
    sql = statement.sql.replace('{records}', recordSetSql(statement));
    SQL_CACHE.set(statement, sql);
  }
  return sql;
}

// DOMAIN.md §4: every action is attributable; "staff member" filters the report by
// anyone who acted on the incident (system timers excluded).
async function applyStaff(queryRunner: QueryRunner, events: StoredEvent[]): Promise<void> {
  const rows = events.flatMap((event) => {
    const incidentId = incidentOf(event);
    const actor = event.metadata?.actor;
    return incidentId && actor?.id && actor.role !== 'system'
      ? [{ staff_id: actor.id, incident_id: incidentId }]
      : [];
  });
  if (rows.length > 0) await queryRunner.query(STAFF_SQL, [JSON.stringify(rows)]);
}
