import { type SiteTimeZones } from '@recovery/config';
import { type Site } from './site';

/**
 * Each site's zone: a registered site's own, else SITE_TIME_ZONES' entry, else the zone
 * SITE_TIME_ZONES gives all other sites. The one place a site's zone is decided.
 */
export function siteTimeZones(
  configured: SiteTimeZones,
  registered: readonly Pick<Site, 'code' | 'timeZone'>[],
): SiteTimeZones {
  const sites = new Map(configured.sites);
  for (const site of registered) sites.set(site.code, site.timeZone);
  return { sites, otherSites: configured.otherSites };
}
