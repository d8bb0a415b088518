SET client_min_messages = warning;
-- The append's server-side cost, one step at a time (npm run bench:events:steps).
-- Each function adds one part of append_event to the one before it. They write into
-- bench_steps.events, a copy of events with the same indexes topped up to its size
-- (its own rows have stream ids starting 'steps-'), so every step inserts into a
-- table of the same size as append_event does, and neither benchmark's tables grow
-- with the other's rows.
CREATE SCHEMA IF NOT EXISTS bench_steps;
CREATE TABLE IF NOT EXISTS bench_steps.events (LIKE public.events INCLUDING ALL);
CREATE SEQUENCE IF NOT EXISTS bench_steps.position_seq AS bigint;
INSERT INTO bench_steps.events SELECT * FROM public.events
 WHERE global_position > (SELECT coalesce(max(global_position), 0) FROM bench_steps.events
                           WHERE stream_id NOT LIKE 'steps-%');
VACUUM ANALYZE public.events, bench_steps.events;

-- 1. The same INSERT as the floor, inside a PL/pgSQL function, hash computed there.
CREATE OR REPLACE FUNCTION bench_steps.in_function(p_stream_id text, p_event_id uuid, p_data jsonb,
  p_metadata jsonb, p_digest bytea, OUT pos bigint) LANGUAGE plpgsql AS $$
BEGIN
  pos := nextval('bench_steps.position_seq');
  INSERT INTO bench_steps.events (stream_id, stream_version, global_position, transaction_id, event_id,
    type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash)
  VALUES (p_stream_id, pos, pos, pg_current_xact_id(), p_event_id, 'BenchEventRecorded', 1, p_data,
    p_metadata, now(), now(), p_digest, sha256(p_digest || int8send(pos)));
END $$;

-- 2. + the per-stream advisory lock.
CREATE OR REPLACE FUNCTION bench_steps.with_lock(p_stream_id text, p_event_id uuid, p_data jsonb,
  p_metadata jsonb, p_digest bytea, OUT pos bigint) LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stream:' || p_stream_id, 0));
  pos := nextval('bench_steps.position_seq');
  INSERT INTO bench_steps.events (stream_id, stream_version, global_position, transaction_id, event_id,
    type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash)
  VALUES (p_stream_id, pos, pos, pg_current_xact_id(), p_event_id, 'BenchEventRecorded', 1, p_data,
    p_metadata, now(), now(), p_digest, sha256(p_digest || int8send(pos)));
END $$;

-- 3. + reading the stream's head (the version to check, the hash to chain from).
CREATE OR REPLACE FUNCTION bench_steps.with_head(p_stream_id text, p_event_id uuid, p_data jsonb,
  p_metadata jsonb, p_digest bytea, OUT pos bigint) LANGUAGE plpgsql AS $$
DECLARE v_version bigint; v_head bytea;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('stream:' || p_stream_id, 0));
  SELECT e.stream_version, e.hash INTO v_version, v_head FROM bench_steps.events e
   WHERE e.stream_id = p_stream_id ORDER BY e.stream_version DESC LIMIT 1;
  pos := nextval('bench_steps.position_seq');
  INSERT INTO bench_steps.events (stream_id, stream_version, global_position, transaction_id, event_id,
    type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash)
  VALUES (p_stream_id, coalesce(v_version, 0) + 1, pos, pg_current_xact_id(), p_event_id,
    'BenchEventRecorded', 1, p_data, p_metadata, now(), now(), coalesce(v_head, p_digest),
    sha256(coalesce(v_head, p_digest) || int8send(pos) || p_digest));
END $$;

-- The alternative design: a stream-heads row upserted in one plain statement (no
-- PL/pgSQL, no advisory lock; ON CONFLICT DO UPDATE locks and re-reads the newest head).
-- It has no dedupe probe and no typed conflict, so it is a lower bound for that design.
CREATE TABLE IF NOT EXISTS bench_steps.stream_heads (
  stream_id text PRIMARY KEY, version bigint NOT NULL, hash bytea NOT NULL);
