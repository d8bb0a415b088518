import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type EventMetadata } from '@recovery/domain';
import { EventStore, type JsonObject, type NewEvent } from '@recovery/event-store';
import { openTestDataSource } from '../support/test-database';

export { openTestDataSource, withoutTriggers } from '../support/test-database';

/** A stream id no other test uses. */
export function newStreamId(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

export const testMetadata: EventMetadata = {
  actor: { id: 'user-1', role: 'frontline' },
  correlationId: 'correlation-1',
};

/** An event with a fresh id unless one is given. */
export function anEvent(
  type: string,
  data: JsonObject = {},
  overrides: Partial<NewEvent> = {},
): NewEvent {
  return { eventId: randomUUID(), type, data, metadata: testMetadata, ...overrides };
}

/** A DataSource and an EventStore opened before this file's tests and closed after them. */
export function useEventStore(): { readonly dataSource: DataSource; readonly store: EventStore } {
  let dataSource: DataSource | undefined;
  let store: EventStore | undefined;
  beforeAll(async () => {
    dataSource = await openTestDataSource();
    store = new EventStore(dataSource);
  });
  afterAll(() => dataSource?.destroy());
  return {
    get dataSource() {
      if (!dataSource) throw new Error('useEventStore: used outside a test');
      return dataSource;
    },
    get store() {
      if (!store) throw new Error('useEventStore: used outside a test');
      return store;
    },
  };
}
