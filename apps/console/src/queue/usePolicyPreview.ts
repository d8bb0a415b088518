import { useQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from '../api/http';
import { type PolicyVersion } from '../api/policy-types';

/** The policy an incident with these fields would get now (GET /v1/policies/applicable). */
export function usePolicyPreview(fields: { category: string; severity: string; site: string }) {
  const complete = Boolean(fields.category && fields.severity && fields.site);
  return useQuery({
    queryKey: ['policies', 'applicable', fields],
    queryFn: ({ signal }) =>
      apiRequest<PolicyVersion>(`/v1/policies/applicable${queryString(fields)}`, { signal }),
    enabled: complete,
    retry: false,
    staleTime: 30_000,
  });
}
