import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The NOTIFY channel of read-model changes; the API's live stream LISTENs on it (issue 11). */
export const LIVE_CHANGES_CHANNEL = 'recovery_live_changes';

/**
 * Issue 11, "Live": the worker writes the read models, the API streams their changes
 * to the console, and the two are different processes. Row triggers NOTIFY every
 * change on one channel; PostgreSQL delivers them at commit, in commit order, so a
 * listener never hears of a row it cannot read yet, and a rolled-back append says
 * nothing. An upsert that changes nothing a listener shows (the projection rewrites
 * every approval of an incident on each approval event) stays silent.
 *
 * Payloads are small by construction (uuids, a site of at most FIELD_LIMITS.site
 * characters, a status word), far below NOTIFY's 8000-byte limit; the check is there
 * because an oversized NOTIFY would fail the append's transaction, and a live
 * notice must never cost an append.
 *
 * A notifying transaction takes PostgreSQL's notification-queue lock while it commits,
 * so appends commit one after another for that moment; bench:intake is the place
 * to see its cost.
 *
 * No DELETE trigger: the only delete is the projection's reset, whose rebuild
 * inserts every row again and so notifies each one.
 */
export class NotifyLiveChanges1764700000001 implements MigrationInterface {
  name = 'NotifyLiveChanges1764700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_live_change(payload text, subject text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF octet_length(payload) >= 8000 THEN
          RAISE WARNING 'live change of % not notified: payload too large', subject;
          RETURN;
        END IF;
        PERFORM pg_notify('${LIVE_CHANGES_CHANNEL}', payload);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION notify_incident_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.stream_version = NEW.stream_version
           AND OLD.status = NEW.status AND OLD.site = NEW.site THEN
          RETURN NULL;
        END IF;
        PERFORM notify_live_change(json_build_object('kind', 'incident',
          'incidentId', NEW.incident_id, 'site', NEW.site, 'version', NEW.stream_version,
          'status', NEW.status)::text, 'incident ' || NEW.incident_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER incident_state_notify_live AFTER INSERT OR UPDATE ON incident_state
        FOR EACH ROW EXECUTE FUNCTION notify_incident_state_changed()`);
    await queryRunner.query(`
      CREATE FUNCTION notify_approval_inbox_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.site = NEW.site THEN
          RETURN NULL;
        END IF;
        PERFORM notify_live_change(json_build_object('kind', 'approval',
          'approvalId', NEW.approval_id, 'incidentId', NEW.incident_id, 'site', NEW.site,
          'status', NEW.status)::text, 'approval ' || NEW.approval_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER approval_inbox_notify_live AFTER INSERT OR UPDATE ON approval_inbox
        FOR EACH ROW EXECUTE FUNCTION notify_approval_inbox_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER approval_inbox_notify_live ON approval_inbox`);
    await queryRunner.query(`DROP FUNCTION notify_approval_inbox_changed()`);
    await queryRunner.query(`DROP TRIGGER incident_state_notify_live ON incident_state`);
    await queryRunner.query(`DROP FUNCTION notify_incident_state_changed()`);
    await queryRunner.query(`DROP FUNCTION notify_live_change(text, text)`);
  }
}
