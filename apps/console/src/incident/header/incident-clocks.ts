import { type IncidentView } from '../../api/incident-command-types';

export interface RunningClock {
  key: string;
  label: string;
  startedAt: string;
  dueAt: string;
}

/**
 * Every clock still running, each on its own (Zammad's users asked for that):
 * acknowledge while unacknowledged, resolve while unresolved, one per open promise.
 */
export function runningClocks(incident: IncidentView): RunningClock[] {
  const clocks: RunningClock[] = [];
  if (incident.status === 'open') {
    clocks.push({
      key: 'acknowledge',
      label: 'Acknowledge',
      startedAt: incident.openedAt,
      dueAt: incident.deadlines.acknowledgeBy,
    });
  }
  if (
    incident.status === 'open' ||
    incident.status === 'acknowledged' ||
    incident.status === 'reopened'
  ) {
    clocks.push({
      key: 'resolve',
      label: 'Resolve',
      startedAt: incident.openedAt,
      dueAt: incident.deadlines.resolveBy,
    });
  }
  for (const promise of incident.openPromises) {
    clocks.push({
      key: promise.promiseId,
      label: `Promise “${promise.description}”`,
      startedAt: promise.madeAt,
      dueAt: promise.dueAt,
    });
  }
  return clocks;
}
