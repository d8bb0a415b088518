import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DATABASE_ROLES, historyRewritingPrivilege } from '@recovery/database';
import { EventStore } from '@recovery/event-store';
import { anEvent, newStreamId } from '../event-store/event-store-database.util';
import { fromGlobalSetup, openTestDataSource } from '../support/test-database';

// PostgreSQL's insufficient_privilege: a grant, an ownership or a superuser is missing.
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Issue 14, item 2: the apps connect as the application role (the global setup's
 * DATABASE_URL, as `npm start` does), which appends and reads history but has no
 * way to change it, not even by switching the append-only triggers off.
 */
describe('database roles', () => {
  let application: DataSource;
  let owner: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    application = await new DataSource({
      type: 'postgres',
      url: fromGlobalSetup('DATABASE_URL'),
      logging: false,
    }).initialize();
    owner = await openTestDataSource(2);
    store = new EventStore(application);
  });
  afterAll(async () => {
    await application?.destroy();
    await owner?.destroy();
  });

  it('connects the apps as the application role, which is no superuser and acts as no table’s owner', async () => {
    const [role] = await application.query<{ name: string; superuser: boolean }[]>(
      `SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: DATABASE_ROLES.application, superuser: false });
    const owned = await application.query<{ relname: string }[]>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'MEMBER')`,
    );
    expect(owned).toEqual([]);
  });

  it('warns at boot of a role that could rewrite history: the owner does, the application role does not', async () => {
    expect(await historyRewritingPrivilege(application)).toBeNull();
    expect(await historyRewritingPrivilege(owner)).toBe('owns the events table');
  });

  it('lets the application role append, read and erase personal data', async () => {
    const streamId = newStreamId('roles');
    const subjectId = `customer-${randomUUID()}`;
    await store.append(
      streamId,
      [anEvent('Noted', { n: 1 }, { personalData: { subjectId, data: { name: 'Ada' } } })],
      { expectedVersion: 'no_stream' },
    );
    expect(await store.erasePersonalData(subjectId)).toBe(1);
    const [event] = await store.readStream(streamId);
    expect(event).toMatchObject({ data: { n: 1 }, personalData: { status: 'erased' } });
    expect(await store.verify(streamId)).toMatchObject({ ok: true, events: 1 });
  });

  describe('refuses the application role every way of changing history', () => {
    let streamId: string;
    beforeAll(async () => {
      streamId = newStreamId('roles');
      await store.append(
        streamId,
        [
          anEvent('Noted', { n: 1 }),
          anEvent('Noted', { n: 2 }, { personalData: { subjectId: 's', data: { a: 1 } } }),
        ],
        { expectedVersion: 'no_stream' },
      );
    });

    it.each([
      ['UPDATE', `UPDATE events SET data = '{"n": 99}' WHERE stream_id = $1`],
      ['DELETE', `DELETE FROM events WHERE stream_id = $1`],
      ['TRUNCATE', `TRUNCATE events CASCADE`],
      [
        'UPDATE of personal data',
        `UPDATE event_personal_data SET data = '{}' WHERE event_id IN (SELECT event_id FROM events WHERE stream_id = $1)`,
      ],
      ['TRUNCATE of personal data', `TRUNCATE event_personal_data`],
      // A customer's data key is created and destroyed, never swapped (issue 14, item 3).
      ['UPDATE of a customer data key', `UPDATE customer_data_keys SET wrapped_key = ''`],
      ['SET session_replication_role', `SET session_replication_role = replica`],
      ['set_config', `SELECT set_config('session_replication_role', 'replica', false)`],
      ['DISABLE TRIGGER', `ALTER TABLE events DISABLE TRIGGER events_append_only`],
      ['DISABLE TRIGGER ALL', `ALTER TABLE events DISABLE TRIGGER ALL`],
      ['DROP TRIGGER', `DROP TRIGGER events_append_only ON events`],
      [
        'replacing the trigger function',
        `CREATE OR REPLACE FUNCTION refuse_event_history_change() RETURNS trigger
           LANGUAGE plpgsql AS $fn$ BEGIN RETURN NEW; END $fn$`,
      ],
      ['DROP TABLE', `DROP TABLE events CASCADE`],
      ['a table of its own', `CREATE TABLE history_copy (id int)`],
      ['becoming the owner', `SET ROLE ${DATABASE_ROLES.owner}`],
      ['moving the position back', `SELECT setval('event_global_position_seq', 1)`],
    ])('%s', async (_, sql) => {
      const params = sql.includes('$1') ? [streamId] : [];
      await expect(application.query(sql, params)).rejects.toMatchObject({
        code: INSUFFICIENT_PRIVILEGE,
      });
    });

    it('leaves the stream as it was, and it still verifies', async () => {
      const rows = await owner.query<{ data: unknown }[]>(
        `SELECT e.data FROM events e WHERE e.stream_id = $1 ORDER BY e.stream_version`,
        [streamId],
      );
      expect(rows.map((row) => row.data)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(await new EventStore(owner).verify(streamId)).toMatchObject({ ok: true, events: 2 });
    });
  });
});
