/**
 * The activities the recovery workflow calls (types and failure names only;
 * apps/worker implements them). Activities are the only writers of events and run
 * at least once, so each is idempotent: an event's id is named by its stream
 * version (workflows/incident-stream.ts), and a re-append of the same events is a
 * no-op in the event store. An append also names the stream version it extends: a workflow task lost
 * after its local append committed is re-run from older state, and the store, not
 * the workflow's memory, says what happened (see recovery-run.ts, `record`).
 */
import {
  type Channel,
  type ClockState,
  type CurrencyCode,
  type DeadlineQuote,
  type EventMetadata,
  type IncidentEvent,
  type IncidentState,
  type IsoTimestamp,
  type MinorUnits,
  type PinnedCalendar,
  type PinnedPolicy,
  type PolicyDocument,
} from '@recovery/domain';

/**
 * ApplicationFailure types the append raises as non-retryable: no retry can make
 * PostgreSQL take data it refused, nor undo events already stored. Retrying either
 * for ever would hold the incident's lock and wedge it (issue 10).
 */
export const APPEND_FAILURES = {
  /** PostgreSQL refused the events' data (SQLSTATE class 22: bad text, out-of-range values). */
  dataRefused: 'EventDataRefused',
  /** The stream holds events past the version the append extends: the workflow must catch up. */
  streamAhead: 'StreamAhead',
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
  /** The stream version the events follow (0 for the opening); StreamAhead when the stream is past it. */
  expectedVersion: number;
}

/** A stored event as the workflow folds it, with the command (update id) that decided it. */
export type StreamedEvent = IncidentEvent & { commandId?: string };

/** The events one command of this run stored. */
export interface RecordedCommand {
  commandId: string;
  events: IncidentEvent[];
}

/**
 * An incident's stream folded into its state, with the policy version it is pinned
 * to and the commands this very run already stored (a lost workflow task's).
 */
export type LoadedIncident =
  | { found: false }
  | {
      found: true;
      state: IncidentState;
      policy: PinnedPolicy;
      /** The calendar version its business clocks count in, when they count in one. */
      calendar?: PinnedCalendar;
      commandsOfRun: RecordedCommand[];
    };

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

/** What a deadline quote in business time needs (see `quoteDeadlines` in the domain). */
export interface BusinessDeadlinesInput {
  clocks: ClockState;
  policy: PolicyDocument;
  now: IsoTimestamp;
  calendar: PinnedCalendar;
}

export interface RecoveryActivities {
  /** Appends events to the incident's stream, idempotently by event id. */
  appendEvents(input: AppendEventsInput): Promise<AppendEventsResult>;
  /** Folds the incident's stored events (a new run of a closed incident starts from them). */
  loadIncident(input: { incidentId: string; runId: string }): Promise<LoadedIncident>;
  /** The incident's events after `version`, in order (a workflow catching up with its stream). */
  readEventsSince(input: { incidentId: string; version: number }): Promise<StreamedEvent[]>;
  /**
   * Quotes deadlines in the calendar's business time. Pure, but it reads time-zone
   * rules, which replayed workflow code must not (CALENDARS.md, trap 8): as a local
   * activity its answer is recorded in history.
   */
  quoteBusinessDeadlines(input: BusinessDeadlinesInput): Promise<DeadlineQuote>;
  /** The first instant at or after `at` when the calendar is open. */
  nextBusinessOpening(input: { calendar: PinnedCalendar; at: IsoTimestamp }): Promise<IsoTimestamp>;
  /** Hands a granted remedy to whoever provides it (taxi desk, refunds…). */
  deliverRemedy(input: DeliverRemedyInput): Promise<DeliverRemedyResult>;
  /** Asks the customer how it went, through the notification port. */
  sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult>;
}
