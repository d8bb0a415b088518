import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/http';

/**
 * POSTs one command to /v1/incidents/:id/<path>. Each submitted form gets its own
 * Idempotency-Key, so a retried request is applied once; on success the incident,
 * its timeline and the queue refetch.
 */
export function useIncidentCommand<Body, Result = unknown>(incidentId: string, path: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) =>
      apiRequest<Result>(`/v1/incidents/${encodeURIComponent(incidentId)}/${path}`, {
        method: 'POST',
        body,
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: ['incident', incidentId] }),
        queries.invalidateQueries({ queryKey: ['incidents'] }),
      ]),
  });
}

export type IncidentCommand<Body, Result = unknown> = ReturnType<
  typeof useIncidentCommand<Body, Result>
>;
