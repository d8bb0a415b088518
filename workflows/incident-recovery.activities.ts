/**
 * The activities the recovery workflow calls (types only; apps/worker implements
 * them). Activities are the only writers of events and run at least once, so each
 * is idempotent: event ids come from the workflow (replay-stable uuid4), and a
 * re-append of the same ids is a no-op in the event store.
 */
import {
  type Channel,
  type CurrencyCode,
  type EventMetadata,
  type IncidentEvent,
  type IsoTimestamp,
  type MinorUnits,
} from '@recovery/domain';

/** An incident event ready to store: its id, metadata and the workflow time it happened. */
export type IncidentEventToAppend = IncidentEvent & {
  eventId: string;
  metadata: EventMetadata;
  occurredAt: IsoTimestamp;
};

export interface AppendEventsInput {
  incidentId: string;
  events: IncidentEventToAppend[];
}

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
  /** Hands a granted remedy to whoever provides it (taxi desk, refunds…). */
  deliverRemedy(input: DeliverRemedyInput): Promise<DeliverRemedyResult>;
  /** Asks the customer how it went, through the notification port. */
  sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult>;
}
