import { type DataSource } from 'typeorm';

/** An incident whose current-state row does not stand at its stream's head. */
export interface ReadModelDrift {
  incidentId: string;
  /** The version the read model says it has folded; null: no row for the stream. */
  readModelVersion: number | null;
  /** The stream's head; null: a row for a stream that no longer exists. */
  streamVersion: number | null;
}

export interface ReadModelCheck {
  ok: boolean;
  /** Incident streams and read-model rows compared. */
  incidents: number;
  /** The first differing incidents, by id (at most DRIFT_LIMIT). */
  differing: ReadModelDrift[];
}

export const DRIFT_LIMIT = 100;

/**
 * Compares every incident's read model (`incident_state.stream_version`) with its
 * stream's head, in one statement so both come from the same snapshot: the inline
 * projection writes them in one transaction, so any difference means a stream or a
 * row was changed behind the store's back (a stream cut short while the read model
 * still shows the events it lost). `onlyIncidentId` narrows it to one incident.
 */
export async function checkIncidentReadModels(
  dataSource: DataSource,
  onlyIncidentId?: string,
): Promise<ReadModelCheck> {
  const rows = await dataSource.query<
    {
      incident_id: string;
      read_model_version: number | null;
      stream_version: string | null;
      compared: string;
    }[]
  >(
    `WITH heads AS (
       SELECT DISTINCT ON (stream_id) substr(stream_id, 10)::uuid AS incident_id, stream_version
         FROM events WHERE stream_id LIKE 'incident-%'
        ORDER BY stream_id, stream_version DESC),
     paired AS (
       SELECT coalesce(s.incident_id, h.incident_id) AS incident_id,
              s.stream_version AS read_model_version, h.stream_version
         FROM incident_state s FULL JOIN heads h ON h.incident_id = s.incident_id)
     SELECT incident_id, read_model_version, stream_version, count(*) OVER () AS compared
       FROM paired
      WHERE $2::uuid IS NULL OR incident_id = $2::uuid
      ORDER BY (read_model_version IS DISTINCT FROM stream_version) DESC, incident_id
      LIMIT $1`,
    [DRIFT_LIMIT, onlyIncidentId ?? null],
  );
  const differing = rows
    .filter(
      (row) =>
        row.read_model_version !==
        (row.stream_version === null ? null : Number(row.stream_version)),
    )
    .map((row) => ({
      incidentId: row.incident_id,
      readModelVersion: row.read_model_version,
      streamVersion: row.stream_version === null ? null : Number(row.stream_version),
    }));
  return { ok: differing.length === 0, incidents: Number(rows[0]?.compared ?? 0), differing };
}
