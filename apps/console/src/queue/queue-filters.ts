import { SEVERITIES, type Severity } from '@recovery/domain/incident/incident-vocabulary';
import { INCIDENT_STATUSES } from '@recovery/domain/incident/incident-state';
import { type IncidentStatus } from '../api/incident-types';

export const STATUSES: readonly IncidentStatus[] = INCIDENT_STATUSES;
export type Ownership = 'anyone' | 'me' | 'none';

/** What the queue shows: every field lives in the URL, so a view can be bookmarked and shared. */
export interface QueueFilters {
  status?: IncidentStatus;
  severity?: Severity;
  category?: string;
  ownership: Ownership;
  /** Incident id or customer reference. */
  search?: string;
  /** Supervisors: incidents escalated to at least this level. */
  minEscalationLevel?: number;
}

/** The filters a URL's query names; anything unknown or malformed is ignored. */
export function filtersFromSearch(search: URLSearchParams): QueueFilters {
  const status = search.get('status');
  const severity = search.get('severity');
  const ownership = search.get('assignee');
  const level = Number(search.get('minEscalationLevel'));
  return {
    ...(isOneOf(status, STATUSES) ? { status } : {}),
    ...(isOneOf(severity, SEVERITIES) ? { severity } : {}),
    ...(search.get('category') ? { category: search.get('category')! } : {}),
    ownership: ownership === 'me' || ownership === 'none' ? ownership : 'anyone',
    ...(search.get('q') ? { search: search.get('q')! } : {}),
    ...(Number.isInteger(level) && level >= 1 ? { minEscalationLevel: level } : {}),
  };
}

/** The URL query of `filters` (the same names the API takes). */
export function searchFromFilters(filters: QueueFilters): URLSearchParams {
  return new URLSearchParams(
    Object.entries(apiQueryOf(filters)).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'sort',
    ),
  );
}

/** GET /v1/incidents parameters for the queue: nearest breach first. */
export function apiQueryOf(filters: QueueFilters): Record<string, string | undefined> {
  return {
    sort: 'nearestBreach',
    status: filters.status,
    severity: filters.severity,
    category: filters.category,
    assignee: filters.ownership === 'anyone' ? undefined : filters.ownership,
    q: filters.search,
    minEscalationLevel: filters.minEscalationLevel?.toString(),
  };
}

function isOneOf<T extends string>(value: string | null, allowed: readonly T[]): value is T {
  return value !== null && (allowed as readonly string[]).includes(value);
}
