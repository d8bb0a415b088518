import { withMajorUnits } from './incident-events.mapper';

describe('withMajorUnits', () => {
  it('shows a remedy amount and the applied rule limits in major units, leaving the source rule as written', () => {
    const source = { type: 'taxi', currency: 'EUR', frontlineLimit: 25, supervisorLimit: 150 };
    const data = {
      remedyId: 'r-1',
      amount: 4550,
      currency: 'EUR',
      rule: { type: 'taxi', currency: 'EUR', frontlineLimit: 2500, supervisorLimit: 15000, source },
      requiredAuthority: 'supervisor',
    };
    expect(withMajorUnits(data)).toEqual({
      remedyId: 'r-1',
      amount: 45.5,
      currency: 'EUR',
      rule: { type: 'taxi', currency: 'EUR', frontlineLimit: 25, supervisorLimit: 150, source },
      requiredAuthority: 'supervisor',
    });
    expect(data.amount).toBe(4550);
  });

  it('converts by the currency of each amount', () => {
    expect(withMajorUnits({ amount: 1500, currency: 'JPY' })).toEqual({
      amount: 1500,
      currency: 'JPY',
    });
    expect(withMajorUnits({ amount: 1234, currency: 'KWD' })).toEqual({
      amount: 1.234,
      currency: 'KWD',
    });
  });

  it('leaves events without money as they are', () => {
    const data = { promiseId: 'p-1', description: 'Call back by five' };
    expect(withMajorUnits(data)).toEqual(data);
  });
});
