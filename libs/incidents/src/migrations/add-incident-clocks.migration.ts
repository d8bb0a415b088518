import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { type IncidentState } from '@recovery/domain';
import { incidentClocks, nextDeadline } from '../queries/incident-clocks.util';

const BATCH = 1000;

/**
 * Issue 11, the frontline queue: each list item carries its running clocks
 * (acknowledge, resolve, each open promise), and `sort=nearestBreach` orders by the
 * earliest. The projection copies both out of `state` into `clocks` and
 * `next_deadline`, as the other filters are, so a page of the queue reads neither the
 * whole folded state of each row nor folds clocks per row, and the order is an index.
 *
 * Existing rows are backfilled here from their stored `state` by the same
 * incidentClocks the projection uses, in keyset batches, rather than by a copy of that
 * rule in SQL (which would drift from it) or a rebuild of the inline projection.
 */
export class AddIncidentClocks1765000000001 implements MigrationInterface {
  name = 'AddIncidentClocks1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE incident_state
         ADD COLUMN clocks jsonb NOT NULL DEFAULT '[]',
         ADD COLUMN next_deadline timestamptz`,
    );
    await backfill(queryRunner);
    await queryRunner.query(
      `CREATE INDEX incident_state_next_deadline_idx
          ON incident_state (site, status, next_deadline ASC NULLS LAST, incident_id)`,
    );
    // ?q= matches a customer reference by its start in any case: lower(customer_ref) LIKE 'c-10%'.
    await queryRunner.query(
      `CREATE INDEX incident_state_customer_ref_prefix_idx
          ON incident_state (lower(customer_ref) text_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX incident_state_customer_ref_prefix_idx`);
    await queryRunner.query(
      `ALTER TABLE incident_state DROP COLUMN next_deadline, DROP COLUMN clocks`,
    );
  }
}

/** Sets clocks and next_deadline of every row from its stored state, BATCH rows at a time. */
async function backfill(queryRunner: QueryRunner): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT incident_id, state FROM incident_state
        WHERE incident_id > $1 ORDER BY incident_id LIMIT $2`,
      [after, BATCH],
    )) as { incident_id: string; state: IncidentState }[];
    if (rows.length === 0) return;
    const clocks = rows.map((r) => incidentClocks(r.state));
    await queryRunner.query(
      `UPDATE incident_state AS s SET clocks = b.clocks, next_deadline = b.next_deadline
         FROM unnest($1::uuid[], $2::jsonb[], $3::timestamptz[])
              AS b (incident_id, clocks, next_deadline)
        WHERE s.incident_id = b.incident_id`,
      [
        rows.map((r) => r.incident_id),
        clocks.map((each) => JSON.stringify(each)),
        clocks.map(nextDeadline),
      ],
    );
    after = rows[rows.length - 1].incident_id;
  }
}
