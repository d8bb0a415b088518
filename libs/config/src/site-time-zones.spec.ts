import { validateEnvironment } from './validate-environment';
import { parseSiteTimeZones } from './site-time-zones';

describe('SITE_TIME_ZONES', () => {
  it('maps sites to zones, `*` naming every other site, UTC when unset', () => {
    const zones = parseSiteTimeZones('AMS=Europe/Amsterdam,NYC=America/New_York,*=Europe/London');
    expect([...zones.sites]).toEqual([
      ['AMS', 'Europe/Amsterdam'],
      ['NYC', 'America/New_York'],
    ]);
    expect(zones.otherSites).toBe('Europe/London');
    expect(parseSiteTimeZones(undefined)).toEqual({ sites: new Map(), otherSites: 'UTC' });
  });

  it.each(['AMS=Mars/Olympus', 'AMS', 'AMS=Europe/Amsterdam,', 'A M S=UTC'])(
    'refuses %j at boot',
    (value) => {
      expect(() => validateEnvironment({ SITE_TIME_ZONES: value })).toThrow(/SITE_TIME_ZONES/);
    },
  );
});
