import { Injectable } from '@nestjs/common';
import {
  EventStore,
  START_CHECKPOINT,
  type Checkpoint,
  type StoredEvent,
} from '@recovery/event-store';
import { PersonalDataVault } from '@recovery/personal-data';
import { CSV_HEADER, csvLine } from './csv-event-log.util';
import {
  OCEL_EVENT_TYPES,
  OCEL_OBJECT_TYPES,
  ocelEventOf,
  ocelObjectOf,
} from './ocel-mapping.util';

/** Events read per page: bounds the memory an export holds, whatever the store's size. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Event-log exports for process-mining tools (issue 6 §5). Each export is an async
 * sequence of text chunks read page by page from the store's global order and
 * written to the response as it goes: memory stays at one page. Personal text is
 * revealed page by page (issue 14), "[erased]" where its customer was erased.
 */
@Injectable()
export class EventLogExportService {
  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The CSV event log: one line per incident event. */
  async *csv(): AsyncGenerator<string> {
    yield CSV_HEADER;
    for await (const page of this.pages()) {
      yield page
        .map(csvLine)
        .filter((line) => line !== null)
        .join('');
    }
  }

  /**
   * OCEL 2.0 JSON. Objects come first, from a pass over the creating events; the
   * second pass writes the events and stops at the first pass's end, so every event
   * refers only to objects already written even while incidents keep arriving.
   */
  async *ocel(): AsyncGenerator<string> {
    yield `{"objectTypes":${JSON.stringify(OCEL_OBJECT_TYPES)},"eventTypes":${JSON.stringify(OCEL_EVENT_TYPES)},"objects":[`;
    const end: { checkpoint: Checkpoint } = { checkpoint: START_CHECKPOINT };
    let first = true;
    for await (const page of this.pages(undefined, end)) {
      const objects = page.map(ocelObjectOf).filter((object) => object !== null);
      if (objects.length === 0) continue;
      yield `${first ? '' : ','}${objects.map((object) => JSON.stringify(object)).join(',')}`;
      first = false;
    }
    yield '],"events":[';
    first = true;
    for await (const page of this.pages(end.checkpoint)) {
      const events = page.map(ocelEventOf).filter((event) => event !== null);
      if (events.length === 0) continue;
      yield `${first ? '' : ','}${events.map((event) => JSON.stringify(event)).join(',')}`;
      first = false;
    }
    yield ']}';
  }

  /** Pages of the global order; with `until`, stops after that checkpoint; with `end`, records where it stopped. */
  private async *pages(
    until?: Checkpoint,
    end?: { checkpoint: Checkpoint },
  ): AsyncGenerator<StoredEvent[]> {
    let after = START_CHECKPOINT;
    for (;;) {
      const page = await this.store.readAll({ after, limit: EXPORT_PAGE_SIZE });
      const events = until ? page.events.filter((event) => !isAfter(event, until)) : page.events;
      const last = events[events.length - 1];
      if (last && end)
        end.checkpoint = { transactionId: last.transactionId, globalPosition: last.globalPosition };
      if (events.length > 0) yield await this.vault.reveal(events);
      if (page.events.length < EXPORT_PAGE_SIZE || events.length < page.events.length) return;
      after = page.checkpoint;
    }
  }
}

function isAfter(event: StoredEvent, checkpoint: Checkpoint): boolean {
  return (
    event.transactionId > checkpoint.transactionId ||
    (event.transactionId === checkpoint.transactionId &&
      event.globalPosition > checkpoint.globalPosition)
  );
}
