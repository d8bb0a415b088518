import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from '../api/http';
import { type IncidentPage, type IncidentSummary } from '../api/incident-types';
import { useFallbackPolling } from '../live/LiveUpdates';
import { apiQueryOf, type QueueFilters } from './queue-filters';

const PAGE_SIZE = 200;

/** The queue for `filters`, nearest breach first, fetched a page at a time as it is scrolled. */
export function useQueue(filters: QueueFilters) {
  const query = useInfiniteQuery({
    queryKey: ['incidents', 'queue', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<IncidentPage>(
        `/v1/incidents${queryString({ ...apiQueryOf(filters), limit: PAGE_SIZE, cursor: pageParam })}`,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: useFallbackPolling(),
  });
  const incidents: IncidentSummary[] = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, incidents };
}
