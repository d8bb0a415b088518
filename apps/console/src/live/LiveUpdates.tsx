import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type IncidentDetail } from '../api/incident-types';
import { currentSession } from '../session/session-store';
import { coalescedRefresh } from './coalesced-refresh';
import { SseParser } from './sse-parser';

/** `live`: the stream is open; `polling`: it dropped, queries refresh on a timer until it is back. */
export type LiveStatus = 'connecting' | 'live' | 'polling';

/** How often queries refresh while the stream is down. */
export const POLLING_INTERVAL_MS = 5_000;
const RECONNECT_MAX_MS = 30_000;
// Lists refetch at most this often under a burst of events: well within the 2 s the
// issue allows, and one refetch per window however many incidents changed.
const LIST_REFRESH_WINDOW_MS = 250;

const LiveStatusContext = createContext<LiveStatus>('connecting');

/**
 * Keeps one GET /v1/stream open for the session (fetch, so the token travels in
 * the Authorization header, never in a URL) and turns each change it announces
 * into invalidations of the queries it can have changed.
 */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    const stop = new AbortController();
    const lists = listRefreshes(queries);
    let attempt = 0;
    let connectedBefore = false;
    const connect = async (): Promise<void> => {
      while (!stop.signal.aborted) {
        let expired = false;
        try {
          await readStream(stop.signal, (event, data) => {
            if (event === 'expired') {
              // The server ends a stream at its token's expiry; the session renewed it by now.
              expired = true;
            } else if (event === 'ready') {
              attempt = 0;
              setStatus('live');
              // Whatever changed while disconnected was never sent: refetch what is shown.
              if (connectedBefore) void queries.invalidateQueries();
              connectedBefore = true;
            } else if (event === 'offline') {
              // The server lost its change feed; it says `ready` again once it is back.
              setStatus('polling');
            } else {
              refreshChanged(queries, lists, event, data);
            }
          });
        } catch {
          // Fall through to polling and a later reconnect.
        }
        if (stop.signal.aborted) return;
        if (expired) continue;
        setStatus('polling');
        attempt += 1;
        await sleep(Math.min(1_000 * 2 ** attempt, RECONNECT_MAX_MS), stop.signal);
      }
    };
    void connect();
    return () => stop.abort();
  }, [queries]);
  return <LiveStatusContext.Provider value={status}>{children}</LiveStatusContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveStatusContext);
}

/** refetchInterval for queries the stream keeps fresh: none while live, a timer otherwise. */
export function useFallbackPolling(): number | false {
  return useLiveStatus() === 'live' ? false : POLLING_INTERVAL_MS;
}

async function readStream(
  signal: AbortSignal,
  onEvent: (event: string, data: Record<string, unknown>) => void,
): Promise<void> {
  const token = currentSession()?.token;
  const response = await fetch('/v1/stream', {
    headers: {
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const parser = new SseParser();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    for (const { event, data } of parser.feed(value)) {
      onEvent(event, JSON.parse(data) as Record<string, unknown>);
    }
  }
}

/** Refreshes of the lists an event may change: coalesced, as events come in bursts. */
interface ListRefreshes {
  queue: () => void;
  approvals: () => void;
}

function listRefreshes(queries: QueryClient): ListRefreshes {
  const refresh = (queryKey: string[]) =>
    coalescedRefresh(() => queries.invalidateQueries({ queryKey }), LIST_REFRESH_WINDOW_MS);
  return { queue: refresh(['incidents']), approvals: refresh(['approvals']) };
}

/**
 * Refreshes what one change can have changed: the incident's own detail and events
 * (unless this tab already holds that version, e.g. after its own command), and the
 * lists that may now hold it, or no longer: any queue page (an incident moves between
 * filters and pages), and the inbox for an approval.
 */
function refreshChanged(
  queries: QueryClient,
  lists: ListRefreshes,
  event: string,
  data: Record<string, unknown>,
): void {
  if (event !== 'incident' && event !== 'approval') return;
  lists.queue();
  if (event === 'approval') lists.approvals();
  const { incidentId, version } = data;
  if (typeof incidentId !== 'string') return;
  const shown = queries.getQueryData<IncidentDetail>(['incident', incidentId]);
  const known = shown !== undefined && typeof version === 'number' && shown.version >= version;
  if (!known) void queries.invalidateQueries({ queryKey: ['incident', incidentId] });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
