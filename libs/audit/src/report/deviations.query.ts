import { DataSource } from 'typeorm';
import { filterParameters, type AuditFilter } from './audit-filter';
import { DEVIATION_COUNT_SQL, DEVIATION_PAGE_SQL } from './deviations.sql';
import {
  DEVIATION_KINDS,
  type Deviation,
  type DeviationKind,
  type DeviationPage,
} from './conformance-report.types';

interface DeviationRow {
  incident_id: string;
  kind: DeviationKind;
  subject_id: string | null;
  at: Date;
  site: string | null;
  policy_key: string | null;
  policy_version: number | null;
}

/** Where an incident's events can be read (the API's event stream route). */
export function incidentEventsUrl(incidentId: string): string {
  return `/v1/incidents/${incidentId}/events`;
}

/** One page of deviations in time order, with their total and counts by kind. */
export async function queryDeviations(
  dataSource: DataSource,
  filter: AuditFilter,
  limit: number,
  offset: number,
): Promise<DeviationPage> {
  const params = filterParameters(filter);
  const [rows, counts] = await Promise.all([
    dataSource.query<DeviationRow[]>(DEVIATION_PAGE_SQL, [...params, limit, offset]),
    dataSource.query<{ kind: DeviationKind; n: number }[]>(DEVIATION_COUNT_SQL, params),
  ]);
  const byKind = Object.fromEntries(DEVIATION_KINDS.map((kind) => [kind, 0])) as Record<
    DeviationKind,
    number
  >;
  for (const { kind, n } of counts) byKind[kind] = n;
  return {
    total: counts.reduce((sum, { n }) => sum + n, 0),
    byKind,
    limit,
    offset,
    items: rows.map(toDeviation),
  };
}

function toDeviation(row: DeviationRow): Deviation {
  return {
    incidentId: row.incident_id,
    kind: row.kind,
    subjectId: row.subject_id,
    at: row.at.toISOString(),
    site: row.site,
    policyKey: row.policy_key,
    policyVersion: row.policy_version,
    eventsUrl: incidentEventsUrl(row.incident_id),
  };
}
