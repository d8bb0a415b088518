import { DataSource } from 'typeorm';
import { type Site, type SiteRegistration } from './site';

interface SiteRow {
  code: string;
  name: string;
  time_zone: string;
  calendar_key: string | null;
  updated_at: Date;
  updated_by: string;
}

const COLUMNS = 'code, name, time_zone, calendar_key, updated_at, updated_by';

const toSite = (row: SiteRow): Site => ({
  code: row.code,
  name: row.name,
  timeZone: row.time_zone,
  calendarKey: row.calendar_key,
  updatedAt: row.updated_at.toISOString(),
  updatedBy: row.updated_by,
});

/** SQL access to `sites`: one row per code, written by every registration, never deleted. */
export class SiteRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Registers `code`, or replaces what it had; every write bumps the row's revision. */
  async save(code: string, registration: SiteRegistration, updatedBy: string): Promise<Site> {
    const rows: SiteRow[] = await this.dataSource.query(
      `INSERT INTO sites (code, name, time_zone, calendar_key, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO UPDATE SET
         name = EXCLUDED.name,
         time_zone = EXCLUDED.time_zone,
         calendar_key = EXCLUDED.calendar_key,
         updated_by = EXCLUDED.updated_by,
         updated_at = now(),
         revision = sites.revision + 1
       RETURNING ${COLUMNS}`,
      [code, registration.name, registration.timeZone, registration.calendarKey, updatedBy],
    );
    return toSite(rows[0]);
  }

  /** Every registered site, by code. */
  async list(): Promise<Site[]> {
    const rows: SiteRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sites ORDER BY code`,
    );
    return rows.map(toSite);
  }
}
