import { usePreferences } from '../preferences/preferences';
import { formatInstant } from './format-time';
import { useSiteTimeZones } from './site-time-zone';
import { useNow } from './useNow';

/**
 * Formats moments as the viewer chose: in the site's zone, their own, or
 * relative to now (ticking). The site is `site`, or the one given per call.
 */
export function useInstantFormat(site?: string): (iso: string, atSite?: string) => string {
  const { timeDisplay } = usePreferences();
  const zoneOf = useSiteTimeZones();
  const now = useNow();
  return (iso, atSite = site) =>
    iso ? formatInstant(iso, timeDisplay, { siteTimeZone: zoneOf(atSite), now }) : '';
}
