import { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateAppendFunction1763870000002 } from './create-append-function.migration';

/**
 * append_event (one event, scalar parameters) and append_event_batch (many, arrays):
 * the same steps and guarantees as append_events (create-append-function.migration.ts
 * documents them), with a cheaper result. Neither side encodes or decodes arrays for
 * the common single event, and both return ONE row of text and bigints that `pg` hands
 * over without parsing: the versions follow from first_version, prev hashes from the
 * old head and the previous hash, transaction id and recorded-at are shared by the batch.
 * positions: comma-separated global positions; hashes_hex: the new links' hex, concatenated.
 * A replay returns replayed = true and nothing else: the caller reads the stored events.
 * They supersede append_events, which this migration drops (down restores it).
 */
export class CreateSingleAppendFunction1763870000005 implements MigrationInterface {
  name = 'CreateSingleAppendFunction1763870000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(APPEND_EVENT_SQL);
    await queryRunner.query(APPEND_EVENT_BATCH_SQL);
    await new CreateAppendFunction1763870000002().down(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await new CreateAppendFunction1763870000002().up(queryRunner);
    await queryRunner.query(
      `DROP FUNCTION append_event(text, bigint, uuid, text, integer, jsonb, jsonb, timestamptz,
         bytea, bytea, text, bytea, jsonb)`,
    );
    await queryRunner.query(
      `DROP FUNCTION append_event_batch(text, bigint, uuid[], text[], integer[], jsonb[], jsonb[],
         timestamptz[], bytea[], bytea[], text[], bytea[], jsonb[])`,
    );
  }
}

const RESULT = `OUT replayed boolean, OUT first_version bigint, OUT positions text,
  OUT xid text, OUT recorded_ms bigint, OUT prev_hash_hex text, OUT hashes_hex text`;

// Lock, then head and idempotency probe in one statement (see append_events for why).
const LOCK_AND_HEAD = (idProbe: string) => `
  PERFORM pg_advisory_xact_lock(hashtextextended('stream:' || p_stream_id, 0));
  SELECT h.stream_version, h.hash, EXISTS (SELECT 1 FROM events d WHERE ${idProbe})
    INTO v_version, v_head, v_some_stored
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (SELECT e.stream_version, e.hash FROM events e WHERE e.stream_id = p_stream_id
                        ORDER BY e.stream_version DESC LIMIT 1) AS h ON true;
  v_version := coalesce(v_version, 0);
  v_head := coalesce(v_head, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);`;

const VERSION_CHECK = `
  IF NOT (p_expected_version = -1 OR p_expected_version = v_version
          OR (p_expected_version = -2 AND v_version = 0)
          OR (p_expected_version = -3 AND v_version > 0)) THEN
    RAISE EXCEPTION 'stream % is at version %', p_stream_id, v_version
      USING ERRCODE = 'ESV01', DETAIL = v_version::text;
  END IF;`;

const APPEND_EVENT_SQL = `
CREATE OR REPLACE FUNCTION append_event(
  p_stream_id text, p_expected_version bigint, p_event_id uuid, p_type text,
  p_schema_version integer, p_data jsonb, p_metadata jsonb, p_occurred_at timestamptz,
  p_content_digest bytea, p_personal_digest bytea, p_personal_subject_id text,
  p_personal_salt bytea, p_personal_data jsonb, ${RESULT}
) LANGUAGE plpgsql
AS $fn$
DECLARE
  v_version bigint;
  v_head bytea;
  v_some_stored boolean;
  v_position bigint;
  v_hash bytea;
  v_recorded_at timestamptz := date_trunc('milliseconds', now());
BEGIN
  ${LOCK_AND_HEAD('d.event_id = p_event_id')}

  IF v_some_stored THEN
    IF EXISTS (SELECT 1 FROM events e LEFT JOIN event_personal_data pd ON pd.event_id = e.event_id
                WHERE e.event_id = p_event_id AND e.stream_id = p_stream_id AND e.type = p_type
                  AND e.schema_version = p_schema_version AND e.data = p_data
                  AND (e.personal_data_digest IS NULL) = (p_personal_data IS NULL)
                  AND (pd.data IS NULL OR pd.data = p_personal_data)) THEN
      replayed := true;
      RETURN;
    END IF;
    RAISE EXCEPTION 'stream %: 1 of 1 event ids already stored, 0 with the same content', p_stream_id
      USING ERRCODE = 'ESD01';
  END IF;
  ${VERSION_CHECK}

  v_position := nextval('event_global_position_seq');
  recorded_ms := (extract(epoch FROM v_recorded_at) * 1000)::bigint;
  v_hash := sha256(v_head || int8send(v_version + 1) || int8send(v_position)
                   || int8send(recorded_ms) || p_content_digest);
  INSERT INTO events (stream_id, stream_version, global_position, transaction_id, event_id, type,
                      schema_version, data, metadata, personal_data_digest, occurred_at,
                      recorded_at, prev_hash, hash)
  VALUES (p_stream_id, v_version + 1, v_position, pg_current_xact_id(), p_event_id, p_type,
          p_schema_version, p_data, p_metadata, p_personal_digest, p_occurred_at,
          v_recorded_at, v_head, v_hash);
  IF p_personal_subject_id IS NOT NULL THEN
    INSERT INTO event_personal_data (event_id, subject_id, salt, data)
    VALUES (p_event_id, p_personal_subject_id, p_personal_salt, p_personal_data);
  END IF;
  replayed := false;
  first_version := v_version + 1;
  positions := v_position::text;
  xid := pg_current_xact_id()::text;
  prev_hash_hex := encode(v_head, 'hex');
  hashes_hex := encode(v_hash, 'hex');
END
$fn$`;

const APPEND_EVENT_BATCH_SQL = `
CREATE OR REPLACE FUNCTION append_event_batch(
  p_stream_id text, p_expected_version bigint, p_event_ids uuid[], p_types text[],
  p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[], p_occurred_at timestamptz[],
  p_content_digests bytea[], p_personal_digests bytea[], p_personal_subject_ids text[],
  p_personal_salts bytea[], p_personal_data jsonb[], ${RESULT}
) LANGUAGE plpgsql
-- Array parameters make every custom plan look cheaper: re-planned per call without this.
SET plan_cache_mode = force_generic_plan
AS $fn$
DECLARE
  v_count integer := coalesce(cardinality(p_event_ids), 0);
  v_version bigint;
  v_head bytea;
  v_some_stored boolean;
  v_found integer;
  v_same integer;
  v_recorded_at timestamptz := date_trunc('milliseconds', now());
  v_positions bigint[] := '{}';
  v_prev bytea[] := '{}';
  v_hashes bytea[] := '{}';
  v_all_hashes bytea := ''::bytea;
BEGIN
  IF v_count = 0 THEN
    RAISE EXCEPTION 'append_event_batch: no events to append' USING ERRCODE = '22023';
  END IF;
  ${LOCK_AND_HEAD('d.event_id = ANY (p_event_ids)')}

  IF v_some_stored THEN
    SELECT count(*)::integer,
           count(*) FILTER (WHERE e.stream_id = p_stream_id AND e.type = u.type
                              AND e.schema_version = u.sv AND e.data = u.data
                              AND (e.personal_data_digest IS NULL) = (u.pdata IS NULL)
                              AND (pd.data IS NULL OR pd.data = u.pdata))::integer
      INTO v_found, v_same
      FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_personal_data) AS u(id, type, sv, data, pdata)
      JOIN events e ON e.event_id = u.id
      LEFT JOIN event_personal_data pd ON pd.event_id = e.event_id;
    IF v_found = v_count AND v_same = v_count THEN
      replayed := true;
      RETURN;
    END IF;
    RAISE EXCEPTION 'stream %: % of % event ids already stored, % with the same content',
        p_stream_id, v_found, v_count, v_same USING ERRCODE = 'ESD01';
  END IF;
  ${VERSION_CHECK}

  recorded_ms := (extract(epoch FROM v_recorded_at) * 1000)::bigint;
  prev_hash_hex := encode(v_head, 'hex');
  FOR i IN 1..v_count LOOP
    v_positions[i] := nextval('event_global_position_seq');
    v_prev[i] := v_head;
    v_head := sha256(v_head || int8send(v_version + i) || int8send(v_positions[i])
                     || int8send(recorded_ms) || p_content_digests[i]);
    v_hashes[i] := v_head;
    v_all_hashes := v_all_hashes || v_head;
  END LOOP;

  INSERT INTO events (stream_id, stream_version, global_position, transaction_id, event_id, type,
                      schema_version, data, metadata, personal_data_digest, occurred_at,
                      recorded_at, prev_hash, hash)
  SELECT p_stream_id, v_version + u.ord, v_positions[u.ord], pg_current_xact_id(), u.id, u.type,
         u.sv, u.data, u.meta, u.pdigest, u.occurred_at, v_recorded_at, v_prev[u.ord], v_hashes[u.ord]
    FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata, p_personal_digests,
                p_occurred_at) WITH ORDINALITY AS u(id, type, sv, data, meta, pdigest, occurred_at, ord);

  IF p_personal_subject_ids IS NOT NULL THEN
    INSERT INTO event_personal_data (event_id, subject_id, salt, data)
    SELECT u.id, u.subject, u.salt, u.data
      FROM unnest(p_event_ids, p_personal_subject_ids, p_personal_salts, p_personal_data)
           AS u(id, subject, salt, data)
     WHERE u.subject IS NOT NULL;
  END IF;
  replayed := false;
  first_version := v_version + 1;
  positions := array_to_string(v_positions, ',');
  xid := pg_current_xact_id()::text;
  hashes_hex := encode(v_all_hashes, 'hex');
END
$fn$`;
