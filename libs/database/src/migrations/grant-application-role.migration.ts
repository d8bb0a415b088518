import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { DATABASE_ROLES } from '../database-roles';

const APP = DATABASE_ROLES.application;

/**
 * What the apps do to each table that existed when the roles were introduced, and
 * no more. Written out, not derived from each lib's table lists: an applied
 * migration must mean the same forever. A later migration that creates a table
 * grants the application role its privileges itself (README, "Database roles").
 */
const TABLE_PRIVILEGES: Readonly<Record<string, string>> = {
  // History: appended and read, never changed (the triggers refuse it too).
  events: 'SELECT, INSERT',
  // Erasure deletes a subject's personal data; the trigger refuses UPDATE.
  event_personal_data: 'SELECT, INSERT, DELETE',
  policy_versions: 'SELECT, INSERT',
  calendar_versions: 'SELECT, INSERT',
  // Sites are upserted; the trigger refuses DELETE.
  sites: 'SELECT, INSERT, UPDATE',
  projection_checkpoints: 'SELECT, INSERT, UPDATE',
  // Read models: a projection's rebuild empties them (DELETE, or TRUNCATE for the audit's).
  incident_state: 'SELECT, INSERT, UPDATE, DELETE',
  approval_inbox: 'SELECT, INSERT, UPDATE, DELETE',
  delegations: 'SELECT, INSERT, UPDATE, DELETE',
  audit_incidents: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_incident_staff: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_escalations: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_remedies: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_approvals: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_promises: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_follow_ups: 'SELECT, INSERT, UPDATE, TRUNCATE',
  audit_sla_pauses: 'SELECT, INSERT, UPDATE, TRUNCATE',
  idempotency_keys: 'SELECT, INSERT, UPDATE, DELETE',
  // Subscriptions are deleted softly (deleted_at); deliveries of a deleted one are dropped.
  webhook_subscriptions: 'SELECT, INSERT, UPDATE',
  webhook_deliveries: 'SELECT, INSERT, UPDATE, DELETE',
  // Signed checkpoints are taken and read, never changed (the triggers refuse it too).
  audit_checkpoints: 'SELECT, INSERT',
};

/** nextval() needs USAGE; nobody may setval() a position back (that would need UPDATE). */
const SEQUENCES = [
  'event_global_position_seq',
  'webhook_deliveries_sequence_seq',
  'audit_checkpoints_sequence_seq',
];

/**
 * Grants the application role exactly {@link TABLE_PRIVILEGES} (issue 14, item 2).
 * Idempotent and safe on a database migrated as a superuser before the roles
 * existed: the role is created (NOLOGIN) when missing, and every privilege on
 * these tables held by it or by PUBLIC is revoked before the exact set is granted.
 * Refuses a role that could change history anyway: a superuser, one that acts as
 * a table's owner (owners disable triggers), or one granted SET on
 * `session_replication_role` (possible from PostgreSQL 15).
 */
export class GrantApplicationRole1766000000001 implements MigrationInterface {
  name = 'GrantApplicationRole1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ENSURE_ROLE_SQL);
    await queryRunner.query(REFUSE_OVERPRIVILEGED_ROLE_SQL);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP}`);
    for (const [table, privileges] of Object.entries(TABLE_PRIVILEGES)) {
      await queryRunner.query(`REVOKE ALL ON TABLE ${table} FROM PUBLIC, ${APP}`);
      await queryRunner.query(`GRANT ${privileges} ON TABLE ${table} TO ${APP}`);
    }
    for (const sequence of SEQUENCES) {
      await queryRunner.query(`REVOKE ALL ON SEQUENCE ${sequence} FROM PUBLIC, ${APP}`);
      await queryRunner.query(`GRANT USAGE ON SEQUENCE ${sequence} TO ${APP}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sequence of SEQUENCES)
      await queryRunner.query(`REVOKE ALL ON SEQUENCE ${sequence} FROM ${APP}`);
    for (const table of Object.keys(TABLE_PRIVILEGES))
      await queryRunner.query(`REVOKE ALL ON TABLE ${table} FROM ${APP}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP}`);
  }
}

// Creating a role needs CREATEROLE: a superuser-migrated database has it; an owner
// role without it needs the role created first (README, "Database roles").
const ENSURE_ROLE_SQL = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP}') THEN
    CREATE ROLE ${APP} NOLOGIN;
  END IF;
END
$$`;

// has_parameter_privilege exists from PostgreSQL 15 on; before it, only a superuser
// may set session_replication_role, which the first check refuses.
const REFUSE_OVERPRIVILEGED_ROLE_SQL = `
DO $$
DECLARE
  v_owned text;
  v_can_set boolean := false;
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = '${APP}') THEN
    RAISE EXCEPTION 'role ${APP} is a superuser: it could switch the append-only triggers off';
  END IF;
  SELECT c.relname INTO v_owned
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND pg_has_role('${APP}', c.relowner, 'MEMBER')
   LIMIT 1;
  IF v_owned IS NOT NULL THEN
    RAISE EXCEPTION 'role ${APP} acts as the owner of %: an owner can disable its triggers', v_owned;
  END IF;
  IF current_setting('server_version_num')::int >= 150000 THEN
    EXECUTE $q$SELECT has_parameter_privilege('${APP}', 'session_replication_role', 'SET')$q$
       INTO v_can_set;
  END IF;
  IF v_can_set THEN
    RAISE EXCEPTION 'role ${APP} may SET session_replication_role, which switches every trigger off';
  END IF;
END
$$`;
