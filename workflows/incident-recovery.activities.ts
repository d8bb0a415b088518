/**
 * The activities the recovery workflow calls (types and failure names only;
 * apps/worker implements them). Activities are the only writers of events and run
 * at least once, so each is idempotent: event ids come from the workflow
 * (replay-stable uuid4), and a re-append of the same ids is a no-op in the event
 * store.
 */
import {
  type Channel,
  type CurrencyCode,
  type EventMetadata,
  type IncidentEvent,
  type IncidentState,
  type IsoTimestamp,
  type MinorUnits,
  type PinnedPolicy,
} from '@recovery/domain';

/**
 * ApplicationFailure types the append raises as non-retryable: no retry can make
 * PostgreSQL take data it refused, and an existing stream stays existing. Retrying
 * either forever would hold the incident's lock and wedge it (issue 10).
 */
export const APPEND_FAILURES = {
  /** PostgreSQL refused the events' data (SQLSTATE class 22: bad text, out-of-range values). */
  dataRefused: 'EventDataRefused',
  /** The stream already has events although the append expected none. */
  streamExists: 'StreamAlreadyExists',
} as const;

/** An incident event ready to store: its id, metadata and the workflow time it happened. */
export type IncidentEventToAppend = IncidentEvent & {
  eventId: string;
  metadata: EventMetadata;
  occurredAt: IsoTimestamp;
};

export interface AppendEventsInput {
  incidentId: string;
  events: IncidentEventToAppend[];
  /** `no_stream` for the opening: the append fails with StreamAlreadyExists when the stream has events. */
  expectedVersion?: 'no_stream';
}

/** An incident's stream folded into its state, with the policy version it is pinned to. */
export type LoadedIncident =
  { found: false } | { found: true; state: IncidentState; policy: PinnedPolicy };

export interface AppendEventsResult {
  /** Stream version after the append. */
  streamVersion: number;
  /** True when the events were already stored (a retried activity). */
  replayed: boolean;
}

export interface DeliverRemedyInput {
  incidentId: string;
  remedyId: string;
  remedyType: string;
  amount: MinorUnits;
  currency: CurrencyCode;
  customerRef: string;
  site: string;
}

export interface DeliverRemedyResult {
  deliveryRef: string;
}

export interface SendFollowUpInput {
  incidentId: string;
  followUpId: string;
  customerRef: string;
  channel: Channel;
  site: string;
  summary: string;
  answerBy: IsoTimestamp;
}

export interface SendFollowUpResult {
  adapter: string;
  notificationRef: string;
}

export interface RecoveryActivities {
  /** Appends events to the incident's stream, idempotently by event id. */
  appendEvents(input: AppendEventsInput): Promise<AppendEventsResult>;
  /** Folds the incident's stored events (a new run of a closed incident starts from them). */
  loadIncident(incidentId: string): Promise<LoadedIncident>;
  /** Hands a granted remedy to whoever provides it (taxi desk, refunds…). */
  deliverRemedy(input: DeliverRemedyInput): Promise<DeliverRemedyResult>;
  /** Asks the customer how it went, through the notification port. */
  sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult>;
}
