/**
 * The incident's stream as the workflow reaches it: local activities (TEMPORAL.md),
 * each one SQL round trip run inside the workflow task — a marker in history
 * instead of a scheduled/started/completed activity and a new workflow task through
 * the server's matching.
 */
import {
  ActivityFailure,
  ApplicationFailure,
  type LocalActivityOptions,
  proxyLocalActivities,
  workflowInfo,
} from '@temporalio/workflow';
import {
  EventDataRefused,
  type EventMetadata,
  type IncidentEvent,
  type IsoTimestamp,
  nameBasedUuid,
} from '@recovery/domain';
import { domainFailure } from './domain-failure.util';
import {
  APPEND_FAILURES,
  type IncidentEventToAppend,
  type RecoveryActivities,
} from './incident-recovery.activities';

const STORE_ACCESS: LocalActivityOptions = {
  // Bounds how long an append lost with a crashed worker holds up the incident.
  startToCloseTimeout: '5 seconds',
  // The store must eventually take the events (an outage heals); what it refused never will.
  retry: {
    initialInterval: '200 milliseconds',
    maximumInterval: '10 seconds',
    backoffCoefficient: 2,
    nonRetryableErrorTypes: Object.values(APPEND_FAILURES),
  },
  // Longer pauses between attempts become workflow timers: the workflow task completes
  // instead of being held open (and timed out, and re-run) through a database outage.
  localRetryThreshold: '2 seconds',
};
const { appendEvents } = proxyLocalActivities<RecoveryActivities>({
  ...STORE_ACCESS,
  summary: 'append events',
});
export const { loadIncident, readEventsSince } = proxyLocalActivities<RecoveryActivities>({
  ...STORE_ACCESS,
  summary: 'read incident stream',
});

/** The stream holds events past the version this run has folded: catch up, then decide again. */
export class StreamAhead extends Error {}

/** What every event of one append carries: who and why, and the workflow it came from. */
export type AppendMetadata = Omit<EventMetadata, 'workflowId' | 'runId'>;

/**
 * Appends events after `expectedVersion`. Throws StreamAhead when the stream is
 * past it, and the command's EventDataRefused failure when PostgreSQL refuses the
 * data; anything else (an outage) is retried by the activity's policy.
 */
export async function storeEvents(
  incidentId: string,
  events: IncidentEvent[],
  expectedVersion: number,
  metadata: AppendMetadata,
  occurredAt: IsoTimestamp,
): Promise<void> {
  const { workflowId, runId } = workflowInfo();
  const envelopes: IncidentEventToAppend[] = events.map((event, i) => ({
    ...event,
    eventId: eventIdAt(incidentId, expectedVersion + i + 1),
    occurredAt,
    metadata: { ...metadata, workflowId, runId },
  }));
  try {
    await appendEvents({ incidentId, events: envelopes, expectedVersion });
  } catch (error) {
    throw refusalOf(error, incidentId);
  }
}

/**
 * The id of the event at a stream version. Named by its place, not drawn at random:
 * a workflow task re-run after a lost one decides again, maybe something else, and
 * its first event then meets the stored one at the same version (a conflict, so the
 * run catches up) instead of slipping in beside it under a fresh random id; a
 * retried append of the very same events finds them stored and writes nothing.
 */
function eventIdAt(incidentId: string, version: number): string {
  return nameBasedUuid('incident-event', incidentId, String(version));
}

/** A failed append as the workflow handles it; anything unrecognised as it is. */
function refusalOf(error: unknown, incidentId: string): unknown {
  // A local activity's failure may arrive bare or wrapped in an ActivityFailure.
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (!(cause instanceof ApplicationFailure)) return error;
  if (cause.type === APPEND_FAILURES.streamAhead) return new StreamAhead(cause.message);
  if (cause.type === APPEND_FAILURES.dataRefused)
    return domainFailure(new EventDataRefused(incidentId, cause.message));
  return error;
}
