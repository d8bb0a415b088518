import { randomUUID } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * A variable exported by the shared global setup (test/setup): DATABASE_URL is the
 * application role's (what the apps use), MIGRATION_DATABASE_URL the owner's, and
 * DATABASE_ADMIN_URL one that may create databases.
 */
export function fromGlobalSetup(
  name: 'DATABASE_URL' | 'MIGRATION_DATABASE_URL' | 'DATABASE_ADMIN_URL' | 'TEMPORAL_ADDRESS',
): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run through jest.int.config.js or jest.e2e.config.js`);
  return value;
}

/**
 * A DataSource on the test database, which the global setup has fully migrated,
 * connected as the owner: tests set up and tamper with what the apps may not.
 */
export function openTestDataSource(poolSize = 20): Promise<DataSource> {
  const url = fromGlobalSetup('MIGRATION_DATABASE_URL');
  return new DataSource({
    type: 'postgres',
    url,
    extra: { max: poolSize },
    logging: false,
  }).initialize();
}

// The event store's append-only and erase-only triggers.
const HISTORY_TABLES = ['events', 'event_personal_data'];

/**
 * Runs SQL with the history tables' triggers off, as their owner can: `dataSource`
 * must be the owner's ({@link openTestDataSource}). ALTER TABLE locks each table
 * until the commit, which switches them on again, so no other session ever sees
 * them off. Foreign keys still hold (switching those off needs a superuser).
 */
export async function withoutTriggers(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    for (const table of HISTORY_TABLES)
      await queryRunner.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await queryRunner.query(sql, params);
    for (const table of HISTORY_TABLES)
      await queryRunner.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    await queryRunner.commitTransaction();
  } finally {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    await queryRunner.release();
  }
}

/** A migrated DataSource on a database of its own; `close` destroys it and drops the database. */
export interface ScratchDataSource {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * An empty database of its own on the test server, for a test about the whole store
 * (the shared one holds every other file's streams), with `migrations` run: opened as
 * the admin role that created and owns it, so the test may switch its triggers off.
 */
export async function openScratchDataSource(
  prefix: string,
  migrations: DataSourceOptions['migrations'],
  poolSize = 10,
): Promise<ScratchDataSource> {
  const database = `${prefix}_${randomUUID().replaceAll('-', '')}`;
  const admin = await new DataSource({
    type: 'postgres',
    url: fromGlobalSetup('DATABASE_ADMIN_URL'),
  }).initialize();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(fromGlobalSetup('DATABASE_ADMIN_URL'));
  url.pathname = `/${database}`;
  const dataSource = await new DataSource({
    type: 'postgres',
    url: url.toString(),
    migrations,
    extra: { max: poolSize },
  }).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const close = async (): Promise<void> => {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.destroy();
  };
  return { dataSource, close };
}
