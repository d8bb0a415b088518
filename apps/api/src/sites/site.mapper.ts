import { type Site } from '@recovery/calendars';
import { type SiteTimeZones } from '@recovery/config';
import { type SiteDto } from './dto/site.dto';
import { type SiteTimeZonesDto } from './dto/site-time-zones.dto';

/** A registered site as the API shows it. */
export function toSiteDto(site: Site): SiteDto {
  const { code, name, timeZone, calendarKey, updatedAt, updatedBy } = site;
  return { code, name, timeZone, calendarKey, updatedAt, updatedBy };
}

/** Each site's zone as GET /v1/sites/time-zones lists it. */
export function toSiteTimeZones({ sites, otherSites }: SiteTimeZones): SiteTimeZonesDto {
  return { items: [...sites].map(([site, timeZone]) => ({ site, timeZone })), otherSites };
}
