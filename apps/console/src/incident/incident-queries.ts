import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/http';
import { type IncidentDetail } from '../api/incident-types';
import { type StoredEvent } from '../api/incident-types';
import { useFallbackPolling } from '../live/LiveUpdates';
import { usePolicyVersions } from '../policies/policy-queries';

/** The incident's detail; LiveUpdates invalidates the ['incident', id] prefix on each change of a version not held here. */
export function useIncident(id: string) {
  return useQuery({
    queryKey: ['incident', id],
    queryFn: () => apiRequest<IncidentDetail>(`/v1/incidents/${encodeURIComponent(id)}`),
    refetchInterval: useFallbackPolling(),
  });
}

/** The event stream under the same prefix, so it refreshes with the detail. */
export function useIncidentEvents(id: string) {
  return useQuery({
    queryKey: ['incident', id, 'events'],
    queryFn: async () =>
      (await apiRequest<{ items: StoredEvent[] }>(`/v1/incidents/${encodeURIComponent(id)}/events`))
        .items,
    refetchInterval: useFallbackPolling(),
  });
}

/** The policy version the incident is pinned to, from the policy screens' own query of its versions. */
export function usePolicyVersion(key: string, version: number) {
  const versions = usePolicyVersions(key);
  return { ...versions, data: versions.data?.items.find((each) => each.version === version) };
}
