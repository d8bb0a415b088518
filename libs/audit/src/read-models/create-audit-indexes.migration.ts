import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the report (issue 6: 100,000 incidents in under a second). Every report
 * filters incidents by opening time, optionally by site, category or policy version,
 * and joins the child tables on incident_id; a staff filter goes through the staff table.
 */
export class CreateAuditIndexes1763874000002 implements MigrationInterface {
  name = 'CreateAuditIndexes1763874000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) {
      await queryRunner.query(`CREATE INDEX ${name} ON ${definition}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await queryRunner.query(`DROP INDEX ${name}`);
  }
}

const INDEXES: readonly (readonly [string, string])[] = [
  ['audit_incidents_opened_idx', 'audit_incidents (opened_at)'],
  ['audit_incidents_site_idx', 'audit_incidents (site, opened_at)'],
  ['audit_incidents_category_idx', 'audit_incidents (category, opened_at)'],
  ['audit_incidents_policy_idx', 'audit_incidents (policy_key, policy_version, opened_at)'],
  ['audit_incident_staff_incident_idx', 'audit_incident_staff (incident_id)'],
  ['audit_escalations_incident_idx', 'audit_escalations (incident_id)'],
  ['audit_remedies_incident_idx', 'audit_remedies (incident_id)'],
  ['audit_approvals_incident_idx', 'audit_approvals (incident_id)'],
  ['audit_promises_incident_idx', 'audit_promises (incident_id)'],
  ['audit_follow_ups_incident_idx', 'audit_follow_ups (incident_id)'],
];
