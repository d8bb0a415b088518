/**
 * What an executive narrows a report to (issue 6). Every figure is computed over the
 * incidents OPENED in [from, to) that match the other criteria, with everything that
 * happened to them, so a period's figures do not change meaning as incidents age.
 */
export interface AuditFilter {
  from?: Date;
  to?: Date;
  site?: string;
  category?: string;
  policyKey?: string;
  policyVersion?: number;
  /** Anyone who acted on the incident (opened, acknowledged, proposed, approved…). */
  staffId?: string;
  /** The sites the caller may see; undefined means every site. */
  visibleSites?: readonly string[];
}

/** Positional parameters $1–$8 of {@link FILTERED_INCIDENTS_SQL}. */
export function filterParameters(filter: AuditFilter): unknown[] {
  return [
    filter.from?.toISOString() ?? null,
    filter.to?.toISOString() ?? null,
    filter.site ?? null,
    filter.category ?? null,
    filter.policyKey ?? null,
    filter.policyVersion ?? null,
    filter.staffId ?? null,
    filter.visibleSites ? [...filter.visibleSites] : null,
  ];
}

/** Number of parameters the filter uses; statement-specific parameters follow it. */
export const FILTER_PARAMETER_COUNT = 8;

/**
 * The filtered incidents, to be used as a CTE. `$n IS NULL OR …` folds away at plan
 * time (each query is planned with its actual parameters), so an unused criterion
 * costs nothing and a used one can take its index. The staff criterion is an
 * uncorrelated IN, which PostgreSQL runs once as a hashed subplan (a correlated
 * EXISTS under the OR ran once per incident).
 */
export const FILTERED_INCIDENTS_SQL = `
  SELECT i.* FROM audit_incidents i
   WHERE ($1::timestamptz IS NULL OR i.opened_at >= $1::timestamptz)
     AND ($2::timestamptz IS NULL OR i.opened_at < $2::timestamptz)
     AND ($3::text IS NULL OR i.site = $3::text)
     AND ($4::text IS NULL OR i.category = $4::text)
     AND ($5::text IS NULL OR i.policy_key = $5::text)
     AND ($6::integer IS NULL OR i.policy_version = $6::integer)
     AND ($7::text IS NULL OR i.incident_id IN (
           SELECT s.incident_id FROM audit_incident_staff s WHERE s.staff_id = $7::text))
     AND ($8::text[] IS NULL OR i.site = ANY ($8::text[]))`;

/** A share in [0, 1], or null when nothing was counted. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A duration from percentile_cont, which interpolates in float8, to the whole millisecond. */
export function wholeMs(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}
