import { businessHoursNote, businessHoursText } from './business-hours';

const AMS_DESK = {
  key: 'ams-desk',
  version: 2,
  timeZone: 'Europe/Amsterdam',
  timeZoneData: '2025b',
};

describe('businessHoursNote', () => {
  it('names the pinned calendar version and its zone beside a business clock', () => {
    const rules = {
      clocks: { acknowledge: 'calendar', resolve: 'business' },
      calendar: AMS_DESK,
    } as const;
    expect(businessHoursNote(rules, 'resolve')).toBe(
      'business hours, ams-desk v2, Europe/Amsterdam',
    );
    expect(businessHoursNote(rules, 'acknowledge')).toBeUndefined();
  });

  it('says nothing for incidents opened before business clocks existed', () => {
    expect(businessHoursNote(undefined, 'resolve')).toBeUndefined();
  });
});

describe('businessHoursText', () => {
  it('says a site without a calendar counts every hour', () => {
    expect(businessHoursText(undefined)).toBe(
      'business hours, open around the clock (the site has no calendar)',
    );
  });
});
