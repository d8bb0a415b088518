// The wire shapes of the incident routes: the read side's own response types
// (libs/incidents, what the API answers with), imported as types only, so they
// cannot drift from the API and add nothing to the bundle.
export type {
  IncidentDetail,
  ActorDetail as Actor,
  ApprovalDetail as Approval,
  FulfillerDetail as Fulfiller,
  PromiseDetail as CustomerPromise,
  RemedyDetail as Remedy,
} from '../../../../libs/incidents/src/queries/incident-detail.types';
export type {
  IncidentSummary,
  IncidentPage,
  InboxItem,
} from '../../../../libs/incidents/src/queries/incident-query.types';
export type { IncidentClock as Clock } from '../../../../libs/incidents/src/queries/incident-clocks.util';
export type { DeadlineRules, IncidentStatus, Severity } from '@recovery/domain';

/** One stored event (GET /v1/incidents/:id/events): the API's StoredEventDto. */
export interface StoredEvent {
  eventId: string;
  streamVersion: number;
  globalPosition: number;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  occurredAt: string;
  recordedAt: string;
  hash: string;
  prevHash: string;
}
