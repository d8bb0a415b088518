import { usePreferences } from '../preferences/preferences';
import { formatInstant } from '../time/format-time';
import { SITE_TIME_ZONE } from '../time/site-time-zone';
import { useNow } from '../time/useNow';

/** Formats moments as the viewer chose (site, local or relative), ticking for relative times. */
export function useInstantFormat(): (iso: string) => string {
  const { timeDisplay } = usePreferences();
  const now = useNow();
  return (iso) =>
    iso ? formatInstant(iso, timeDisplay, { siteTimeZone: SITE_TIME_ZONE, now }) : '';
}
