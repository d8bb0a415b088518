import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Supervisors' inbox: one row per approval request, kept after the decision so a
 * late second decision still finds its incident (and gets "already decided").
 * The partial index serves the inbox itself: pending, oldest deadline first.
 */
export class CreateApprovalInbox1763872000002 implements MigrationInterface {
  name = 'CreateApprovalInbox1763872000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE approval_inbox (
        approval_id         uuid PRIMARY KEY,
        incident_id         uuid NOT NULL REFERENCES incident_state (incident_id),
        site                text NOT NULL,
        remedy_id           uuid NOT NULL,
        remedy_type         text NOT NULL,
        amount              bigint NOT NULL,
        currency            text NOT NULL,
        required_authority  text NOT NULL,
        requested_by        jsonb NOT NULL,
        requested_at        timestamptz NOT NULL,
        deadline            timestamptz NOT NULL,
        expires_at          timestamptz NOT NULL,
        status              text NOT NULL,
        decided_by          jsonb,
        decided_at          timestamptz,
        reason              text
      )`);
    await queryRunner.query(
      `CREATE INDEX approval_inbox_pending_idx ON approval_inbox (deadline, approval_id) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX approval_inbox_incident_idx ON approval_inbox (incident_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE approval_inbox`);
  }
}
