import { type CalendarDocument, type CalendarVersion } from '@recovery/domain';
import { DataSource } from 'typeorm';

interface CalendarRow {
  key: string;
  version: number;
  document: CalendarDocument;
  created_at: Date;
  created_by: string;
}

const COLUMNS = 'key, version, document, created_at, created_by';

const toVersion = (row: CalendarRow): CalendarVersion => ({
  key: row.key,
  version: Number(row.version),
  document: row.document,
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by,
});

/** SQL access to `calendar_versions`: rows are inserted, never changed. */
export class CalendarVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts version n+1 of `key`. A transaction-scoped advisory lock per key makes
   * concurrent creators queue instead of both computing the same n+1.
   */
  async insertNextVersion(document: CalendarDocument, createdBy: string): Promise<CalendarVersion> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('calendar_versions'), hashtext($1))`,
        [document.key],
      );
      const rows: CalendarRow[] = await manager.query(
        `INSERT INTO calendar_versions (key, version, document, created_by)
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2::jsonb, $3 FROM calendar_versions WHERE key = $1
         RETURNING ${COLUMNS}`,
        [document.key, JSON.stringify(document), createdBy],
      );
      return toVersion(rows[0]);
    });
  }

  /** The newest version of every key. */
  async latestVersions(): Promise<CalendarVersion[]> {
    const rows: CalendarRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (key) ${COLUMNS} FROM calendar_versions ORDER BY key, version DESC`,
    );
    return rows.map(toVersion);
  }

  /** Every version of one key, newest first (empty when the key is unknown). */
  async versionsOf(key: string): Promise<CalendarVersion[]> {
    const rows: CalendarRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM calendar_versions WHERE key = $1 ORDER BY version DESC`,
      [key],
    );
    return rows.map(toVersion);
  }

  /** One exact version, or undefined. */
  async find(key: string, version: number): Promise<CalendarVersion | undefined> {
    const rows: CalendarRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM calendar_versions WHERE key = $1 AND version = $2`,
      [key, version],
    );
    return rows[0] && toVersion(rows[0]);
  }

  /** True when `key` has a version (versions are never deleted, so it stays true). */
  async exists(key: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM calendar_versions WHERE key = $1 LIMIT 1`,
      [key],
    );
    return rows.length > 0;
  }
}
