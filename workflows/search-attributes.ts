/**
 * Issue 10: operators find incidents in Temporal by site, status, category,
 * severity and policy. The attributes are Keyword search attributes that must be
 * registered on the server (`npm start`'s dev server does it; see README for an
 * external cluster). Upserted only when a value changes: each upsert is a command
 * and an event in the workflow's history.
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { type IncidentState } from '@recovery/domain';

export const INCIDENT_SEARCH_ATTRIBUTES = {
  site: defineSearchAttributeKey('IncidentSite', SearchAttributeType.KEYWORD),
  status: defineSearchAttributeKey('IncidentStatus', SearchAttributeType.KEYWORD),
  category: defineSearchAttributeKey('IncidentCategory', SearchAttributeType.KEYWORD),
  severity: defineSearchAttributeKey('IncidentSeverity', SearchAttributeType.KEYWORD),
  policyKey: defineSearchAttributeKey('PolicyKey', SearchAttributeType.KEYWORD),
} as const;

/** Names of the search attributes, for registering them on a server. */
export const INCIDENT_SEARCH_ATTRIBUTE_NAMES = Object.values(INCIDENT_SEARCH_ATTRIBUTES).map(
  (key) => key.name,
);

/** Brings the workflow's search attributes in line with the incident's state. */
export function upsertIncidentSearchAttributes(state: IncidentState): void {
  if (state.status === 'new') return;
  const wanted: [keyof typeof INCIDENT_SEARCH_ATTRIBUTES, string][] = [
    ['site', state.site],
    ['status', state.status],
    ['category', state.category],
    ['severity', state.severity],
    ['policyKey', state.policy.key],
  ];
  const current = workflowInfo().typedSearchAttributes;
  const changed = wanted.filter(
    ([name, value]) => current.get(INCIDENT_SEARCH_ATTRIBUTES[name]) !== value,
  );
  if (changed.length === 0) return;
  upsertSearchAttributes(
    changed.map(([name, value]) => ({ key: INCIDENT_SEARCH_ATTRIBUTES[name], value })),
  );
}
