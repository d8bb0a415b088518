import { Inject, Injectable } from '@nestjs/common';
import { CalendarsService } from '@recovery/calendars';
import {
  type DeadlineQuote,
  foldIncident,
  type IncidentEvent,
  incidentStreamId,
  type IsoTimestamp,
  type PinnedCalendar,
  quoteDeadlines,
} from '@recovery/domain';
import { nextOpening } from '@recovery/domain/calendar/business-time.util';
import { businessClock } from '@recovery/domain/incident/business-clock';
import {
  EventStore,
  type JsonObject,
  type NewEvent,
  type StoredEvent,
} from '@recovery/event-store';
import { asIncidentEvent } from '@recovery/incidents';
import { PoliciesService } from '@recovery/policies';
import {
  type AppendEventsInput,
  type AppendEventsResult,
  type BusinessDeadlinesInput,
  type IncidentEventToAppend,
  type LoadedIncident,
  type RecordedCommand,
  type RecoveryActivities,
  type StreamedEvent,
} from '@recovery/workflows';
import { toAppendFailure } from './append-failure.util';
import { NOTIFICATION_PORT, type NotificationPort } from './notification.port';
import { RemedyDeliveryService } from './remedy-delivery.service';

/** Stored events grouped by the command that decided them (timer events have none). */
function byCommand(events: readonly StoredEvent[]): RecordedCommand[] {
  const commands = new Map<string, IncidentEvent[]>();
  for (const event of events) {
    const { commandId } = event.metadata;
    if (commandId !== undefined)
      commands.set(commandId, [...(commands.get(commandId) ?? []), asIncidentEvent(event)]);
  }
  return [...commands].map(([commandId, decided]) => ({ commandId, events: decided }));
}

const toNewEvent = (event: IncidentEventToAppend): NewEvent => ({
  eventId: event.eventId,
  type: event.type,
  data: event.data as unknown as JsonObject,
  metadata: event.metadata,
  occurredAt: new Date(event.occurredAt),
});

/** The IANA tz database version this process's time-zone rules come from, recorded with business deadlines. */
const timeZoneData = (): string => process.versions.tz ?? 'unknown';

/** The recovery workflow's activities, bound to the worker's injected services. */
@Injectable()
export class RecoveryActivitiesService {
  constructor(
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(PoliciesService) private readonly policies: PoliciesService,
    @Inject(CalendarsService) private readonly calendars: CalendarsService,
    @Inject(NOTIFICATION_PORT) private readonly notifications: NotificationPort,
    @Inject(RemedyDeliveryService) private readonly remedies: RemedyDeliveryService,
  ) {}

  /**
   * Appends to `incident-<id>`. Event ids come from the workflow, so a retry after
   * a lost acknowledgement finds them stored and writes nothing (`replayed`).
   * Failures no retry can heal are raised non-retryable (see APPEND_FAILURES).
   */
  async appendEvents(input: AppendEventsInput): Promise<AppendEventsResult> {
    try {
      const result = await this.eventStore.append(
        incidentStreamId(input.incidentId),
        input.events.map(toNewEvent),
        { expectedVersion: input.expectedVersion },
      );
      return { streamVersion: result.nextExpectedVersion, replayed: result.replayed };
    } catch (error) {
      throw toAppendFailure(error);
    }
  }

  /** Folds the incident's stream and fetches the policy (and calendar) version it is pinned to. */
  async loadIncident({
    incidentId,
    runId,
  }: {
    incidentId: string;
    runId: string;
  }): Promise<LoadedIncident> {
    const stored = await this.eventStore.readStream(incidentStreamId(incidentId));
    if (stored.length === 0) return { found: false };
    const state = foldIncident(stored.map(asIncidentEvent));
    const { key, version, document } = await this.policies.get(
      state.policy.key,
      state.policy.version,
    );
    const pinnedCalendar = state.deadlineRules?.calendar;
    const calendar =
      pinnedCalendar &&
      (await this.calendars.getVersion(pinnedCalendar.key, pinnedCalendar.version));
    const ofRun = stored.filter((event) => event.metadata.runId === runId);
    return {
      found: true,
      state,
      policy: { key, version, document },
      ...(calendar && { calendar }),
      commandsOfRun: byCommand(ofRun),
    };
  }

  /** Deadlines in the calendar's business time, by this process's time-zone rules. */
  quoteBusinessDeadlines({ clocks, policy, now, calendar }: BusinessDeadlinesInput): DeadlineQuote {
    return quoteDeadlines(clocks, policy, now, businessClock(calendar, timeZoneData()));
  }

  /** The calendar's next opening at or after `at`. */
  nextBusinessOpening({
    calendar,
    at,
  }: {
    calendar: PinnedCalendar;
    at: IsoTimestamp;
  }): IsoTimestamp {
    return nextOpening(calendar.document, at);
  }

  /** The incident's events after `version`, with the command that decided each. */
  async readEventsSince({
    incidentId,
    version,
  }: {
    incidentId: string;
    version: number;
  }): Promise<StreamedEvent[]> {
    const stored = await this.eventStore.readStream(incidentStreamId(incidentId), {
      fromVersion: version + 1,
    });
    return stored.map((event) => ({
      ...asIncidentEvent(event),
      ...(event.metadata.commandId !== undefined && { commandId: event.metadata.commandId }),
    }));
  }

  /** The activity functions handed to the Temporal Worker. */
  build(): RecoveryActivities {
    return {
      appendEvents: (input) => this.appendEvents(input),
      loadIncident: (input) => this.loadIncident(input),
      readEventsSince: (input) => this.readEventsSince(input),
      quoteBusinessDeadlines: (input) => Promise.resolve(this.quoteBusinessDeadlines(input)),
      nextBusinessOpening: (input) => Promise.resolve(this.nextBusinessOpening(input)),
      deliverRemedy: (input) => this.remedies.deliver(input),
      sendFollowUp: (input) => this.notifications.sendFollowUp(input),
    };
  }
}
