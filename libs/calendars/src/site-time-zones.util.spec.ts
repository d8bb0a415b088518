import { siteTimeZones } from './site-time-zones.util';

describe('siteTimeZones', () => {
  const configured = {
    sites: new Map([
      ['AMS', 'Europe/Amsterdam'],
      ['NYC', 'America/New_York'],
    ]),
    otherSites: 'UTC',
  };

  it("gives a registered site's zone over the configured one, keeping the configured order", () => {
    const zones = siteTimeZones(configured, [{ code: 'NYC', timeZone: 'America/Chicago' }]);

    expect([...zones.sites]).toEqual([
      ['AMS', 'Europe/Amsterdam'],
      ['NYC', 'America/Chicago'],
    ]);
  });

  it('adds registered sites the configuration does not name, and keeps the zone of all others', () => {
    const zones = siteTimeZones(configured, [{ code: 'LIS', timeZone: 'Europe/Lisbon' }]);

    expect(zones.sites.get('LIS')).toBe('Europe/Lisbon');
    expect(zones.sites.get('AMS')).toBe('Europe/Amsterdam');
    expect(zones.otherSites).toBe('UTC');
  });

  it('leaves the configuration as it was', () => {
    siteTimeZones(configured, [{ code: 'AMS', timeZone: 'Europe/London' }]);

    expect(configured.sites.get('AMS')).toBe('Europe/Amsterdam');
  });
});
