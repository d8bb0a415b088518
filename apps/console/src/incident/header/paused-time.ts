import { type IncidentDetail } from '../../api/incident-types';
import { formatSpan } from '../../time/durations';

/**
 * "2 h 10 min", or "2 h 10 min so far" while waiting: the finished pauses (pausedMs)
 * plus the one under way; undefined when the resolve clock has never stood still.
 */
export function timePausedText(
  incident: Pick<IncidentDetail, 'pausedMs' | 'pausedSince'>,
  now: number,
): string | undefined {
  const ongoingMs = incident.pausedSince ? Math.max(0, now - Date.parse(incident.pausedSince)) : 0;
  const totalMs = incident.pausedMs + ongoingMs;
  if (totalMs <= 0) return undefined;
  return incident.pausedSince ? `${formatSpan(totalMs)} so far` : formatSpan(totalMs);
}
