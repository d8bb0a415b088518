import { type CalendarDocument, type PinnedCalendar } from '@recovery/domain';
import { type ChangeTokenSource } from '@recovery/database';
import { DataSource } from 'typeorm';

/** Each registered site with a calendar → the newest version of that calendar. */
export type SiteCalendars = ReadonlyMap<string, PinnedCalendar>;

interface SiteCalendarRow {
  site: string;
  key: string;
  version: number;
  document: CalendarDocument;
}

/**
 * What the site calendars cache reads (issue 12: every incident opening asks for its
 * site's calendar, so the documents are read only when something changed).
 */
export class SiteCalendarsSource implements ChangeTokenSource<SiteCalendars> {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Moves with every committed change to either table. calendar_versions is insert-only,
   * so its count grows with each version; each write to sites bumps one row's revision,
   * so their sum grows with each write (rows are never deleted). The newest timestamps
   * also tell a table emptied and refilled to the same count.
   */
  async changeToken(): Promise<string> {
    const [row]: { token: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') FROM calendar_versions)
           || '/' ||
             (SELECT coalesce(sum(revision), 0) || ':' || coalesce(max(updated_at)::text, '') FROM sites)
           AS token`,
    );
    return row.token;
  }

  /** The newest calendar version of every site that names one. */
  async read(): Promise<SiteCalendars> {
    const rows: SiteCalendarRow[] = await this.dataSource.query(
      `SELECT s.code AS site, v.key, v.version, v.document
         FROM sites s
         JOIN LATERAL (
           SELECT key, version, document FROM calendar_versions
            WHERE key = s.calendar_key ORDER BY version DESC LIMIT 1
         ) v ON true`,
    );
    return new Map(
      rows.map((row) => [
        row.site,
        { key: row.key, version: Number(row.version), document: row.document },
      ]),
    );
  }
}
