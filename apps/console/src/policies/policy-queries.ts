import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/http';
import { type PolicyList } from '../api/policy-types';

/** GET /v1/policies: the newest version of every policy. */
export function usePolicies() {
  return useQuery({
    queryKey: ['policies'],
    queryFn: () => apiRequest<PolicyList>('/v1/policies'),
  });
}

/** GET /v1/policies/:key/versions: every version of one policy, newest first. */
export function usePolicyVersions(key: string | undefined) {
  return useQuery({
    queryKey: ['policies', key, 'versions'],
    queryFn: () => apiRequest<PolicyList>(`/v1/policies/${encodeURIComponent(key!)}/versions`),
    enabled: key !== undefined,
  });
}
