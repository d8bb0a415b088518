import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  allMigrations,
  DATABASE_ROLES,
  databaseMigrations,
  type DatabaseUrls,
  dataSourceOptions,
  provisionDatabaseRoles,
  runMigrations,
} from '@recovery/database';
import { EventStore } from '@recovery/event-store';
import { anEvent, newStreamId } from '../event-store/event-store-database.util';
import { fromGlobalSetup } from '../support/test-database';

/**
 * A deployment from before the roles: every table made by a superuser, the apps
 * connected as it. Provisioning the roles and migrating on must hand the owner
 * every object and leave the application role able to run the apps, never to
 * change history. A database of its own, so its tables are the migrations' alone.
 */
describe('a database migrated as a superuser before the roles existed', () => {
  const database = `roles_${randomUUID().replaceAll('-', '')}`;
  let admin: DataSource;
  let urls: DatabaseUrls;

  beforeAll(async () => {
    admin = await new DataSource({
      type: 'postgres',
      url: fromGlobalSetup('DATABASE_ADMIN_URL'),
    }).initialize();
    await admin.query(`CREATE DATABASE ${database}`);
    const superuser = await new DataSource({
      ...dataSourceOptions(onDatabase(fromGlobalSetup('DATABASE_ADMIN_URL')), 'roles-upgrade'),
      migrations: Object.values(allMigrations).filter(
        (migration) => !(databaseMigrations as unknown[]).includes(migration),
      ),
    }).initialize();
    await superuser.runMigrations({ transaction: 'each' });
    await superuser.destroy();

    // The roles are the cluster's, shared with the suite's database: keep their passwords.
    urls = await provisionDatabaseRoles(onDatabase(fromGlobalSetup('DATABASE_ADMIN_URL')), {
      owner: passwordOf(fromGlobalSetup('MIGRATION_DATABASE_URL')),
      application: passwordOf(fromGlobalSetup('DATABASE_URL')),
    });
    expect(await runMigrations(urls.owner)).toEqual(databaseMigrations.map((m) => m.name));
  });
  afterAll(async () => {
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.destroy();
  });

  it('hands every table, sequence and function to the owner role', async () => {
    const strangers = await query<{ name: string; owner: string }>(
      urls.owner,
      `SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S')
          AND c.relowner <> '${DATABASE_ROLES.owner}'::regrole
       UNION ALL
       SELECT p.proname, pg_get_userbyid(p.proowner)
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proowner <> '${DATABASE_ROLES.owner}'::regrole`,
    );
    expect(strangers).toEqual([]);
  });

  it('grants the application role every table but the migrations’ own', async () => {
    // A migration that creates a table must grant it (README, "Database roles"):
    // one that forgets shows up here by name, before an app meets "permission denied".
    const ungranted = await query<{ name: string }>(
      urls.owner,
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
          AND NOT has_table_privilege('${DATABASE_ROLES.application}', c.oid, 'SELECT')`,
    );
    expect(ungranted).toEqual([]);
  });

  it('lets the application role append and read, and refuses it UPDATE of an event', async () => {
    const application = await new DataSource({
      type: 'postgres',
      url: urls.application,
      logging: false,
    }).initialize();
    try {
      const store = new EventStore(application);
      const streamId = newStreamId('upgrade');
      await store.append(streamId, [anEvent('Noted', { n: 1 })], { expectedVersion: 'no_stream' });
      expect(await store.readStream(streamId)).toHaveLength(1);
      await expect(
        application.query(`UPDATE events SET data = '{}' WHERE stream_id = $1`, [streamId]),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await application.destroy();
    }
  });

  function onDatabase(url: string): string {
    const parsed = new URL(url);
    parsed.pathname = `/${database}`;
    return parsed.toString();
  }
});

function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await dataSource.query<T[]>(sql);
  } finally {
    await dataSource.destroy();
  }
}
