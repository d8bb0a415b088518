import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/http';

interface SiteTimeZones {
  items: { site: string; timeZone: string }[];
  otherSites: string;
}

// Until the zones are loaded (a moment after sign-in), site time reads as UTC.
const UNKNOWN_ZONE = 'UTC';

/**
 * The IANA zone each site keeps its clocks in (GET /v1/sites/time-zones): a
 * lookup from site code to zone, the zone of all other sites when unnamed.
 */
export function useSiteTimeZones(): (site?: string) => string {
  const zones = useQuery({
    queryKey: ['sites', 'time-zones'],
    queryFn: ({ signal }) => apiRequest<SiteTimeZones>('/v1/sites/time-zones', { signal }),
    staleTime: Infinity,
  });
  return (site) => {
    if (!zones.data) return UNKNOWN_ZONE;
    return zones.data.items.find((each) => each.site === site)?.timeZone ?? zones.data.otherSites;
  };
}
