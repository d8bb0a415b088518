import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the executive audit (issue 6), fed only by the audit projection and
 * rebuildable from the events at any time. Columns are nullable wherever an event may
 * be missing or late: the projection must never stall on an odd stream.
 */
export class CreateAuditTables1763874000001 implements MigrationInterface {
  name = 'CreateAuditTables1763874000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_incidents (
        incident_id                 uuid PRIMARY KEY,
        kind                        text,
        channel                     text,
        channel_group               text,
        category                    text,
        severity                    text,
        site                        text,
        team                        text,
        policy_key                  text,
        policy_version              integer,
        opened_by                   text,
        opened_at                   timestamptz NOT NULL,
        acknowledge_within_ms       bigint,
        resolve_within_ms           bigint,
        acknowledged_at             timestamptz,
        acknowledged_by             text,
        acknowledge_ms              bigint,
        acknowledged_within         boolean,
        acknowledgement_overdue_at  timestamptz,
        first_resolved_at           timestamptz,
        resolved_by                 text,
        resolve_ms                  bigint,
        resolved_within             boolean,
        last_resolved_at            timestamptz,
        outcome                     text,
        resolution_overdue_at       timestamptz,
        closed_at                   timestamptz,
        reopen_count                integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_incident_staff (
        staff_id     text NOT NULL,
        incident_id  uuid NOT NULL,
        PRIMARY KEY (staff_id, incident_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_escalations (
        event_id      uuid PRIMARY KEY,
        incident_id   uuid NOT NULL,
        level         integer NOT NULL,
        target        text,
        reason        text,
        subject_id    uuid,
        escalated_at  timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_remedies (
        remedy_id           uuid PRIMARY KEY,
        incident_id         uuid NOT NULL,
        remedy_type         text,
        amount              bigint,
        currency            text,
        frontline_limit     bigint,
        supervisor_limit    bigint,
        required_authority  text,
        proposed_by         text,
        proposed_by_role    text,
        proposed_at         timestamptz NOT NULL,
        granted_at          timestamptz,
        granted_by          text,
        granted_by_role     text,
        granted_via         text,
        granted_amount      bigint,
        violation           text,
        delivered_at        timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_approvals (
        approval_id         uuid PRIMARY KEY,
        incident_id         uuid NOT NULL,
        remedy_id           uuid,
        amount              bigint,
        currency            text,
        required_authority  text,
        requested_by        text,
        requested_at        timestamptz NOT NULL,
        deadline            timestamptz,
        outcome             text,
        decided_at          timestamptz,
        decision_ms         bigint,
        approver            text,
        approver_role       text,
        within_deadline     boolean,
        violation           text
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_promises (
        promise_id             uuid PRIMARY KEY,
        incident_id            uuid NOT NULL,
        made_by                text,
        made_at                timestamptz NOT NULL,
        due_at                 timestamptz,
        fulfiller_kind         text,
        fulfiller_id           text,
        requires_confirmation  boolean,
        confirmed_at           timestamptz,
        unconfirmed_at         timestamptz,
        kept_at                timestamptz,
        lateness_ms            bigint,
        broken_at              timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_follow_ups (
        follow_up_id   uuid PRIMARY KEY,
        incident_id    uuid NOT NULL,
        channel        text,
        sent_at        timestamptz NOT NULL,
        answer_by      timestamptz,
        answered_at    timestamptz,
        score          smallint,
        level          text,
        unanswered_at  timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of AUDIT_TABLES) await queryRunner.query(`DROP TABLE ${table}`);
  }
}

/** Every audit read-model table; the projection's reset empties them all. */
export const AUDIT_TABLES = [
  'audit_follow_ups',
  'audit_promises',
  'audit_approvals',
  'audit_remedies',
  'audit_escalations',
  'audit_incident_staff',
  'audit_incidents',
] as const;
