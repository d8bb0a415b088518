import { filterParameters, FILTER_PARAMETER_COUNT, share } from './audit-filter';

describe('filterParameters', () => {
  it('passes null for every criterion that is not set', () => {
    expect(filterParameters({})).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('places each criterion at its positional parameter', () => {
    const params = filterParameters({
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-02-01T00:00:00Z'),
      site: 'north',
      category: 'vehicle_breakdown',
      policyKey: 'vehicle-breakdown',
      policyVersion: 2,
      staffId: 'alice',
      visibleSites: ['north', 'south'],
    });
    expect(params).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-02-01T00:00:00.000Z',
      'north',
      'vehicle_breakdown',
      'vehicle-breakdown',
      2,
      'alice',
      ['north', 'south'],
    ]);
    expect(params).toHaveLength(FILTER_PARAMETER_COUNT);
  });
});

describe('share', () => {
  it('is null when the whole is zero, so "no data" never reads as 0 %', () => {
    expect(share(0, 0)).toBeNull();
  });
  it('divides part by whole', () => {
    expect(share(45, 100)).toBe(0.45);
  });
});
