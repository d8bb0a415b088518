import { type QueryRunner } from 'typeorm';
import {
  evolve,
  withStateDefaults,
  type IncidentEvent,
  type IncidentState,
  incidentIdFromStreamId,
  initialIncidentState,
  isIncidentEventType,
} from '@recovery/domain';
import { groupByStream, type Projection, type StoredEvent } from '@recovery/event-store';
import {
  approvalParams,
  incidentStateParams,
  UPSERT_APPROVAL_SQL,
  UPSERT_INCIDENT_STATE_SQL,
} from './incident-rows.util';

const APPROVAL_EVENTS = new Set([
  'ApprovalRequested',
  'ApprovalGranted',
  'ApprovalDenied',
  'ApprovalExpired',
]);

/**
 * Current state and approval inbox of every incident, folded with the domain's
 * `evolve`. Registered as an INLINE projection (issue 3): it runs in the append's
 * transaction, so whoever appended (and the API after it) reads its own write.
 * Events at or below the stored version are skipped, so a rebuild or a repeated
 * batch changes nothing.
 */
export const incidentReadModelProjection: Projection = {
  name: 'incident-read-model',
  handles: (type) => isIncidentEventType(type),
  async apply(queryRunner, events) {
    for (const [incidentId, stream] of groupByStream(
      events,
      incidentIdFromStreamId,
      isIncidentEventType,
    )) {
      await applyToIncident(queryRunner, incidentId, stream);
    }
  },
  async reset(queryRunner) {
    await queryRunner.query('DELETE FROM approval_inbox');
    await queryRunner.query('DELETE FROM incident_state');
  },
};

/** The projections the event store must run inline for the incident read side. */
export const incidentInlineProjections: readonly Projection[] = [incidentReadModelProjection];

async function applyToIncident(
  queryRunner: QueryRunner,
  incidentId: string,
  events: StoredEvent[],
): Promise<void> {
  const rows = (await queryRunner.query(
    'SELECT state FROM incident_state WHERE incident_id = $1 FOR UPDATE',
    [incidentId],
  )) as { state: IncidentState }[];
  const stored = rows[0]?.state;
  const current = stored ? withStateDefaults(stored) : initialIncidentState;
  const fresh = events.filter((event) => event.streamVersion > current.version);
  if (fresh.length === 0) return;
  // evolve counts events itself; the stream version is authoritative, so pin it.
  const folded = fresh.reduce((state, event) => evolve(state, asIncidentEvent(event)), current);
  const next: IncidentState = { ...folded, version: fresh[fresh.length - 1].streamVersion };
  if (next.status === 'new') return; // no IncidentOpened yet: nothing to show
  await queryRunner.query(UPSERT_INCIDENT_STATE_SQL, incidentStateParams(next));
  if (fresh.some((event) => APPROVAL_EVENTS.has(event.type))) {
    for (const approval of next.approvals) {
      await queryRunner.query(UPSERT_APPROVAL_SQL, approvalParams(next, approval));
    }
  }
}

/** A stored incident event as the domain folds it (the data shape is the domain's contract). */
export function asIncidentEvent(event: StoredEvent): IncidentEvent {
  return { type: event.type, data: event.data } as IncidentEvent;
}
