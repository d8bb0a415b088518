import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/http';
import { type IncidentDetail, type InboxItem } from '../api/incident-types';
import { type PolicyList, type RemedyRule } from '../api/policy-types';
import { useFallbackPolling } from '../live/LiveUpdates';

/** What a supervisor needs beside the request itself: its incident and the limits it is judged against. */
export interface RequestContext {
  incident: IncidentDetail | undefined;
  /** The remedy rule of the incident's policy version (the limits in force when it was proposed). */
  rule: RemedyRule | undefined;
  /** The proposer's own words for the remedy. */
  description: string | undefined;
  failure: unknown;
}

/**
 * The request's incident (key ['incident', id], so live updates refresh it) and
 * its policy version's rule for the remedy type. `poll` asks again every second
 * while the screen waits for the read model to show a decision made elsewhere.
 */
export function useRequestContext(item: InboxItem, poll = false): RequestContext {
  const fallback = useFallbackPolling();
  const incident = useQuery({
    queryKey: ['incident', item.incidentId],
    queryFn: () => apiRequest<IncidentDetail>(`/v1/incidents/${item.incidentId}`),
    refetchInterval: poll ? 1_000 : fallback,
  });
  const policy = incident.data?.policy;
  const versions = useQuery({
    queryKey: ['policy-versions', policy?.key],
    queryFn: () =>
      apiRequest<PolicyList>(`/v1/policies/${encodeURIComponent(policy!.key)}/versions`),
    enabled: policy !== undefined,
    // A stored policy version never changes.
    staleTime: Infinity,
  });
  const document = versions.data?.items.find((v) => v.version === policy?.version)?.document;
  return {
    incident: incident.data,
    rule: document?.remedies.find((rule) => rule.type === item.remedyType),
    description: incident.data?.remedies.find((r) => r.remedyId === item.remedyId)?.description,
    failure: incident.error ?? versions.error,
  };
}
