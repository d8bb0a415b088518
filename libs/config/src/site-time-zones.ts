import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIanaTimeZone } from '@recovery/domain';

/** The zone of every site SITE_TIME_ZONES does not name (and of `*` when it names none). */
export const FALLBACK_TIME_ZONE = 'UTC';

/** Where each site keeps its clocks: site code → IANA zone, plus the zone of all other sites. */
export interface SiteTimeZones {
  sites: ReadonlyMap<string, string>;
  otherSites: string;
}

// `AMS=Europe/Amsterdam,RTM=Europe/Amsterdam,*=UTC`; `*` names the zone of every other site.
const PAIRS =
  /^(\*|[A-Za-z0-9_-]{1,32})=[A-Za-z0-9_+/-]+(,(\*|[A-Za-z0-9_-]{1,32})=[A-Za-z0-9_+/-]+)*$/;

/** The zones of SITE_TIME_ZONES (validated at boot). */
export function parseSiteTimeZones(list: string | undefined): SiteTimeZones {
  const pairs = list ? list.split(',').map((pair) => pair.split('=') as [string, string]) : [];
  const otherSites = pairs.find(([site]) => site === '*')?.[1] ?? FALLBACK_TIME_ZONE;
  return { sites: new Map(pairs.filter(([site]) => site !== '*')), otherSites };
}

/** Validates SITE_TIME_ZONES: `site=Zone` pairs whose zones the runtime knows. */
export function IsSiteTimeZoneList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSiteTimeZoneList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          PAIRS.test(value) &&
          value.split(',').every((pair) => isIanaTimeZone(pair.split('=')[1])),
        defaultMessage: () =>
          'SITE_TIME_ZONES must be site=Zone pairs separated by commas, with IANA zones (AMS=Europe/Amsterdam,*=UTC)',
      },
    },
    options,
  );
}
