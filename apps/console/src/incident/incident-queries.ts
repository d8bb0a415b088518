import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/http';
import { type IncidentView, type PolicyVersionView } from '../api/incident-command-types';
import { type StoredEvent } from '../api/incident-types';
import { useFallbackPolling } from '../live/LiveUpdates';

/** The incident's detail; LiveUpdates invalidates the ['incident', id] prefix on every change. */
export function useIncident(id: string) {
  return useQuery({
    queryKey: ['incident', id],
    queryFn: () => apiRequest<IncidentView>(`/v1/incidents/${encodeURIComponent(id)}`),
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

/** The policy version the incident is pinned to: versions never change, so it is fetched once. */
export function usePolicyVersion(key: string, version: number) {
  return useQuery({
    queryKey: ['policy', key, 'versions'],
    queryFn: async () =>
      (
        await apiRequest<{ items: PolicyVersionView[] }>(
          `/v1/policies/${encodeURIComponent(key)}/versions`,
        )
      ).items,
    select: (versions) => versions.find((each) => each.version === version),
    staleTime: Infinity,
  });
}
