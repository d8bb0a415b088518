import { usePreferences } from '../preferences/preferences';
import { formatInstant } from '../time/format-time';
import { SITE_TIME_ZONE } from '../time/site-time-zone';
import { useNow } from '../time/useNow';

/** A moment in the reader's chosen time display (site, local or relative). */
export function useShowTime(): (iso: string) => string {
  const { timeDisplay } = usePreferences();
  const now = useNow();
  return (iso) => formatInstant(iso, timeDisplay, { siteTimeZone: SITE_TIME_ZONE, now });
}
