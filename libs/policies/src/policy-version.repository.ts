import { type PolicyDocument, type PolicyVersion } from '@recovery/domain';
import { DataSource } from 'typeorm';

interface PolicyRow {
  key: string;
  version: number;
  document: PolicyDocument;
  created_at: Date;
  created_by: string;
}

const COLUMNS = 'key, version, document, created_at, created_by';

const toVersion = (row: PolicyRow): PolicyVersion => ({
  key: row.key,
  version: Number(row.version),
  document: row.document,
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by,
});

/** SQL access to `policy_versions`: rows are inserted, never changed. */
export class PolicyVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts version n+1 of `key`. A transaction-scoped advisory lock per key makes
   * concurrent creators queue instead of both computing the same n+1.
   */
  async insertNextVersion(document: PolicyDocument, createdBy: string): Promise<PolicyVersion> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext('policy_versions'), hashtext($1))`,
        [document.key],
      );
      const rows: PolicyRow[] = await manager.query(
        `INSERT INTO policy_versions (key, version, document, created_by)
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2::jsonb, $3 FROM policy_versions WHERE key = $1
         RETURNING ${COLUMNS}`,
        [document.key, JSON.stringify(document), createdBy],
      );
      return toVersion(rows[0]);
    });
  }

  /**
   * Changes exactly when a version is added: rows are only ever inserted (the
   * table's trigger refuses UPDATE and DELETE), so the count grows with each one;
   * the newest created_at also tells a table emptied and refilled to the same count.
   */
  async changeToken(): Promise<string> {
    const [row]: { token: string }[] = await this.dataSource.query(
      `SELECT count(*) || ':' || coalesce(max(created_at)::text, '') AS token FROM policy_versions`,
    );
    return row.token;
  }

  /** The newest version of every key. */
  async latestVersions(): Promise<PolicyVersion[]> {
    const rows: PolicyRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (key) ${COLUMNS} FROM policy_versions ORDER BY key, version DESC`,
    );
    return rows.map(toVersion);
  }

  /** Every version of one key, newest first (empty when the key is unknown). */
  async versionsOf(key: string): Promise<PolicyVersion[]> {
    const rows: PolicyRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM policy_versions WHERE key = $1 ORDER BY version DESC`,
      [key],
    );
    return rows.map(toVersion);
  }

  /** One exact version, or undefined. */
  async find(key: string, version: number): Promise<PolicyVersion | undefined> {
    const rows: PolicyRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM policy_versions WHERE key = $1 AND version = $2`,
      [key, version],
    );
    return rows[0] && toVersion(rows[0]);
  }
}
