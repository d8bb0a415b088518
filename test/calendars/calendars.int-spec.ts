import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CalendarNotFound,
  CalendarsService,
  CalendarVersionRepository,
  type SiteCalendars,
  SiteCalendarsSource,
  SiteRepository,
} from '@recovery/calendars';
import { dataSourceOptions } from '@recovery/database';
import { type CalendarDocument } from '@recovery/domain';
import { fromGlobalSetup } from '../support/test-database';

// The shared database: every calendar and site written here has a fresh key or code,
// so no other test's incident is pinned to them.
let dataSource: DataSource;

const freshKey = (): string => `int-${randomUUID().slice(0, 12)}`;
const freshSite = (): string => `INT-${randomUUID().slice(0, 8)}`;

function calendar(overrides: Partial<CalendarDocument> = {}): CalendarDocument {
  const day = [{ from: '08:00', to: '18:00' }];
  return {
    key: freshKey(),
    title: 'Integration test desk',
    timeZone: 'Europe/Amsterdam',
    weeklyHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
    ...overrides,
  };
}

/** The real source, counting how often the cache reads the documents. */
class CountingSource extends SiteCalendarsSource {
  reads = 0;
  override read(): Promise<SiteCalendars> {
    this.reads += 1;
    return super.read();
  }
}

/** A CalendarsService as one process of the API or worker has it. */
function aProcess(): { calendars: CalendarsService; source: CountingSource } {
  const source = new CountingSource(dataSource);
  return {
    calendars: new CalendarsService(new CalendarVersionRepository(dataSource), source),
    source,
  };
}

beforeAll(async () => {
  // As the owner: the triggers below must refuse even the role that may bypass grants.
  const url = fromGlobalSetup('MIGRATION_DATABASE_URL');
  // logging off: the refused UPDATE/DELETE below are expected failures, not noise to print.
  dataSource = await new DataSource({
    ...dataSourceOptions(url, 'calendars-int-spec'),
    logging: false,
  }).initialize();
});

afterAll(async () => {
  await dataSource?.destroy();
});

describe('the calendar of a site, cached (real PostgreSQL)', () => {
  const sites = (): SiteRepository => new SiteRepository(dataSource);

  it('reads the documents once while nothing changes', async () => {
    const { calendars, source } = aProcess();
    const document = calendar();
    await calendars.createVersion(document, 'alice');
    const site = freshSite();
    await sites().save(site, { name: site, timeZone: 'UTC', calendarKey: document.key }, 'alice');

    for (let i = 0; i < 5; i += 1)
      expect(await calendars.calendarForSite(site)).toMatchObject({
        key: document.key,
        version: 1,
      });

    expect(source.reads).toBe(1);
  });

  it('gives the very next call a calendar version another process added', async () => {
    const thisProcess = aProcess();
    const otherProcess = aProcess();
    const document = calendar();
    await otherProcess.calendars.createVersion(document, 'alice');
    const site = freshSite();
    await sites().save(site, { name: site, timeZone: 'UTC', calendarKey: document.key }, 'alice');
    expect(await thisProcess.calendars.calendarForSite(site)).toMatchObject({ version: 1 });

    await otherProcess.calendars.createVersion({ ...document, title: 'Second' }, 'bob');

    const pinned = await thisProcess.calendars.calendarForSite(site);
    expect(pinned).toMatchObject({ key: document.key, version: 2 });
    expect(pinned?.document.title).toBe('Second');
  });

  it('gives the very next call a site change another process made, and undefined without a calendar', async () => {
    const { calendars } = aProcess();
    const [first, second] = [calendar(), calendar()];
    await calendars.createVersion(first, 'alice');
    await calendars.createVersion(second, 'alice');
    const site = freshSite();
    const registration = { name: site, timeZone: 'UTC', calendarKey: first.key };
    await sites().save(site, registration, 'alice');
    expect(await calendars.calendarForSite(site)).toMatchObject({ key: first.key });

    await sites().save(site, { ...registration, calendarKey: second.key }, 'bob');
    expect(await calendars.calendarForSite(site)).toMatchObject({ key: second.key });

    await sites().save(site, { ...registration, calendarKey: null }, 'bob');
    expect(await calendars.calendarForSite(site)).toBeUndefined();
    expect(await calendars.calendarForSite(freshSite())).toBeUndefined();
  });
});

describe('calendar versions (real PostgreSQL)', () => {
  it('re-reads the exact version an incident is pinned to, and refuses an unknown one', async () => {
    const { calendars } = aProcess();
    const document = calendar();
    await calendars.createVersion(document, 'alice');
    await calendars.createVersion({ ...document, title: 'Later' }, 'bob');

    expect(await calendars.getVersion(document.key, 1)).toEqual({
      key: document.key,
      version: 1,
      document,
    });
    await expect(calendars.getVersion(document.key, 3)).rejects.toBeInstanceOf(CalendarNotFound);
  });

  it('gives concurrent creators of one key distinct, gapless versions', async () => {
    const { calendars } = aProcess();
    const document = calendar();
    const created = await Promise.all(
      Array.from({ length: 8 }, (_unused, i) =>
        calendars.createVersion({ ...document, title: `Writer ${i}` }, `writer-${i}`),
      ),
    );

    expect(created.map((v) => v.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses UPDATE and DELETE of a stored version, and DELETE of a site, in the database itself', async () => {
    const { calendars } = aProcess();
    const document = calendar();
    await calendars.createVersion(document, 'alice');
    const site = freshSite();
    await new SiteRepository(dataSource).save(
      site,
      { name: site, timeZone: 'UTC', calendarKey: null },
      'alice',
    );

    await expect(
      dataSource.query(`UPDATE calendar_versions SET created_by = 'mallory' WHERE key = $1`, [
        document.key,
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(
      dataSource.query(`DELETE FROM calendar_versions WHERE key = $1`, [document.key]),
    ).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`DELETE FROM sites WHERE code = $1`, [site])).rejects.toThrow(
      /never deleted/,
    );
    expect(await calendars.getVersion(document.key, 1)).toMatchObject({ document });
  });
});
