import { type LiveChange } from './live-change';

/** The event names of `GET /v1/stream`, as a client's `addEventListener` sees them. */
export type LiveEventName = 'ready' | 'offline' | 'incident' | 'approval' | 'expired';

/**
 * One server-sent event. JSON.stringify escapes every line break, so the data is
 * always a single `data:` line (the SSE format would split a raw newline).
 */
export function sseEvent(event: LiveEventName, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by clients, keeps proxies and load balancers from timing out. */
export const SSE_KEEP_ALIVE = ': keep-alive\n\n';

/** How long a client waits before reconnecting after the stream drops. */
export function sseRetry(milliseconds: number): string {
  return `retry: ${milliseconds}\n\n`;
}

/** The `incident` or `approval` event of a change; its data names no internal field. */
export function changeFrame(change: LiveChange): string {
  switch (change.kind) {
    case 'incident': {
      const { incidentId, site, version, status } = change;
      return sseEvent('incident', { incidentId, site, version, status });
    }
    case 'approval': {
      const { approvalId, incidentId, site, status } = change;
      return sseEvent('approval', { approvalId, incidentId, site, status });
    }
    default: {
      const unknown: never = change;
      return unknown;
    }
  }
}
