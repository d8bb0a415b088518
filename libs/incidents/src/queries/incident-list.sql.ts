import { ALL_SITES, type Caller } from '../caller';
import { decodeCursor } from './list-cursor.util';
import { type IncidentListFilter } from './incident-query.types';

/** A parameterised WHERE clause. */
export interface SqlWhere {
  clause: string;
  params: unknown[];
}

/**
 * The WHERE clause of the incident list: the caller's sites always, then the
 * optional filters, then the keyset cursor (rows strictly after the last one seen).
 */
export function incidentListWhere(
  filter: IncidentListFilter,
  caller: Pick<Caller, 'sites'>,
): SqlWhere {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown): void => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (!caller.sites.includes(ALL_SITES)) add((p) => `site = ANY(${p}::text[])`, caller.sites);
  if (filter.status) add((p) => `status = ${p}`, filter.status);
  if (filter.site) add((p) => `site = ${p}`, filter.site);
  if (filter.category) add((p) => `category = ${p}`, filter.category);
  if (filter.severity) add((p) => `severity = ${p}`, filter.severity);
  if (filter.openedFrom) add((p) => `opened_at >= ${p}`, filter.openedFrom);
  if (filter.openedTo) add((p) => `opened_at < ${p}`, filter.openedTo);
  if (filter.assignee)
    add((p) => `assignee_kind = 'person' AND assignee_id = ${p}`, filter.assignee);
  if (filter.cursor) {
    const cursor = decodeCursor(filter.cursor);
    params.push(cursor.openedAt, cursor.id);
    conditions.push(
      `(opened_at, incident_id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
    );
  }
  return { clause: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
