import { isUuid } from '@recovery/domain';
import { ALL_SITES } from '@recovery/domain';
import { type Caller } from '../caller';
import { decodeCursor, type ListSort } from './list-cursor.util';
import { type IncidentListFilter } from './incident-query.types';

/** A parameterised WHERE clause. */
export interface SqlWhere {
  clause: string;
  params: unknown[];
}

/** Whose incidents to list: one person's, or nobody's. */
export type OwnerFilter = { unassigned: true } | { personId: string };

/**
 * The list's filters with `assignee` resolved (`me` and `none` already read) and, for
 * `q`, the key id of the customer it names, when it names one.
 */
export interface IncidentListWhereInput extends Omit<IncidentListFilter, 'assignee' | 'limit'> {
  owner?: OwnerFilter;
  customerKeyId?: string;
}

/**
 * ORDER BY of each sort; both end in incident_id so the order is total and the
 * keyset cursor never skips or repeats a row. Nearest breach puts the incidents that
 * run no clock last (incident_state_next_deadline_idx serves it).
 */
export const INCIDENT_LIST_ORDER: Readonly<Record<ListSort, string>> = {
  newest: 'ORDER BY opened_at DESC, incident_id DESC',
  nearestBreach: 'ORDER BY next_deadline ASC NULLS LAST, incident_id ASC',
};

/** Conditions joined by AND, with their values as numbered parameters. */
class WhereBuilder {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** The placeholder of a new parameter. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): void {
    this.conditions.push(condition);
  }
}

/**
 * The WHERE clause of the incident list: the caller's sites always, then the
 * optional filters, then the keyset cursor (rows strictly after the last one seen
 * in the requested order).
 */
export function incidentListWhere(
  filter: IncidentListWhereInput,
  caller: Pick<Caller, 'sites'>,
): SqlWhere {
  const sql = new WhereBuilder();
  if (!caller.sites.includes(ALL_SITES))
    sql.where(`site = ANY(${sql.param(caller.sites)}::text[])`);
  if (filter.status) sql.where(`status = ${sql.param(filter.status)}`);
  if (filter.site) sql.where(`site = ${sql.param(filter.site)}`);
  if (filter.category) sql.where(`category = ${sql.param(filter.category)}`);
  if (filter.severity) sql.where(`severity = ${sql.param(filter.severity)}`);
  if (filter.openedFrom) sql.where(`opened_at >= ${sql.param(filter.openedFrom)}`);
  if (filter.openedTo) sql.where(`opened_at < ${sql.param(filter.openedTo)}`);
  if (filter.owner) whereOwner(sql, filter.owner);
  if (filter.minEscalationLevel !== undefined)
    sql.where(`escalation_level >= ${sql.param(filter.minEscalationLevel)}`);
  if (filter.q) whereSearch(sql, filter.q, filter.customerKeyId);
  if (filter.cursor) whereAfter(sql, filter.cursor, filter.sort ?? 'newest');
  const clause = sql.conditions.length > 0 ? `WHERE ${sql.conditions.join(' AND ')}` : '';
  return { clause, params: sql.params };
}

function whereOwner(sql: WhereBuilder, owner: OwnerFilter): void {
  if ('unassigned' in owner) sql.where('assignee_id IS NULL');
  else sql.where(`assignee_kind = 'person' AND assignee_id = ${sql.param(owner.personId)}`);
}

// An id matches exactly; a customer reference through its customer's key, found by the
// keyed hash of the whole reference (sealed references cannot be searched by prefix).
function whereSearch(sql: WhereBuilder, q: string, customerKeyId: string | undefined): void {
  const matches = [
    ...(isUuid(q) ? [`incident_id = ${sql.param(q)}::uuid`] : []),
    ...(customerKeyId ? [`customer_key_id = ${sql.param(customerKeyId)}::uuid`] : []),
  ];
  sql.where(matches.length > 0 ? `(${matches.join(' OR ')})` : 'false');
}

// Rows strictly after the cursor in the sort's order. In nearest-breach order the
// rows without a deadline come after every row with one (NULLS LAST); a row
// comparison with a NULL is NULL, hence their own branch.
function whereAfter(sql: WhereBuilder, text: string, sort: ListSort): void {
  const cursor = decodeCursor(text, sort);
  if (cursor.sort === 'newest') {
    const openedAt = `${sql.param(cursor.openedAt)}::timestamptz`;
    sql.where(`(opened_at, incident_id) < (${openedAt}, ${sql.param(cursor.id)}::uuid)`);
  } else if (cursor.nextDeadline === null) {
    sql.where(`(next_deadline IS NULL AND incident_id > ${sql.param(cursor.id)}::uuid)`);
  } else {
    const deadline = `${sql.param(cursor.nextDeadline)}::timestamptz`;
    const id = `${sql.param(cursor.id)}::uuid`;
    sql.where(`((next_deadline, incident_id) > (${deadline}, ${id}) OR next_deadline IS NULL)`);
  }
}
