import { type OpenIncidentCommand } from '@recovery/domain';
import { type BenchSystem, BENCH_SITE } from '../support/bench-system';
import { OPEN_BODY } from './intake-client';

// Mon–Fri 08:00–18:00 in Amsterdam with the year's public holidays: a real desk's week.
const DAY = [{ from: '08:00', to: '18:00' }];
const CATEGORY = 'bench_business_hours';

/**
 * Seeds a calendar for BENCH_SITE and a policy whose resolve clock counts its
 * business hours (issue 12); returns the open body that policy applies to. Such an
 * opening pins the site's calendar and has its deadlines quoted in a local activity:
 * what the scenario built on it measures beside a plain opening.
 */
export async function seedBusinessHoursOpening(
  system: BenchSystem,
): Promise<Omit<OpenIncidentCommand, 'incidentId'>> {
  const calendar = await system.calendars.createVersion(
    {
      key: 'bench-ams-desk',
      title: 'Amsterdam desk',
      timeZone: 'Europe/Amsterdam',
      weeklyHours: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY, sat: [], sun: [] },
      holidays: [
        { date: '2026-12-25', name: 'Christmas' },
        { date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] },
      ],
    },
    'bench',
  );
  await system.sites.register(
    BENCH_SITE,
    { name: 'Amsterdam', timeZone: 'Europe/Amsterdam', calendarKey: calendar.key },
    'bench',
  );
  const base = await system.policies.resolveFor({
    category: OPEN_BODY.category,
    severity: OPEN_BODY.severity,
  });
  await system.policies.createVersion(
    {
      ...base.document,
      key: 'bench-business-hours',
      title: 'Resolve within business hours',
      appliesTo: { categories: [CATEGORY] },
      isDefault: false,
      clocks: { resolve: 'business' },
    },
    'bench',
  );
  return { ...OPEN_BODY, category: CATEGORY };
}
