import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { type EventMetadata } from '@recovery/domain';
import {
  EventStore,
  eventStoreMigrations,
  type JsonObject,
  type NewEvent,
} from '@recovery/event-store';

/** DATABASE_URL exported by the shared global setup. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run through jest.int.config.js');
  return url;
}

/**
 * An initialised DataSource with the event store's tables in place. The global
 * setup runs every lib's migrations once @recovery/database lists ours; until then
 * this applies them itself, serialised by an advisory lock across jest workers.
 */
export async function openEventStoreDataSource(poolSize = 20): Promise<DataSource> {
  const url = testDatabaseUrl();
  await ensureEventStoreMigrations(url);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    extra: { max: poolSize },
    logging: false,
  });
  return dataSource.initialize();
}

async function ensureEventStoreMigrations(url: string): Promise<void> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext('event-store-int-migrations'))`);
    const migrator = new DataSource({
      type: 'postgres',
      url,
      migrations: eventStoreMigrations,
      logging: ['error'],
    });
    await migrator.initialize();
    try {
      await migrator.runMigrations({ transaction: 'each' });
    } finally {
      await migrator.destroy();
    }
  } finally {
    await lock.end();
  }
}

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
    dataSource = await openEventStoreDataSource();
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

/** Runs SQL with the append-only triggers off for this transaction only: a superuser's tampering. */
export async function withoutTriggers(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    await queryRunner.query(`SET LOCAL session_replication_role = replica`);
    await queryRunner.query(sql, params);
    await queryRunner.commitTransaction();
  } finally {
    await queryRunner.release();
  }
}
