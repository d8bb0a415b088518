import { amountAgainstLimits, whoDecides } from './limit-wording';

const taxi = { type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' };

describe('amount against the limits', () => {
  it('says a supervisor decides an amount between the two limits', () => {
    expect(amountAgainstLimits(80, 'EUR', 'supervisor', taxi)).toBe(
      '80 EUR: above the frontline limit of 25 EUR, within the supervisor limit of 150 EUR; a supervisor decides',
    );
  });

  it('says a manager decides an amount above the supervisor limit', () => {
    expect(amountAgainstLimits(200, 'EUR', 'manager', taxi)).toBe(
      '200 EUR: above the supervisor limit of 150 EUR; a manager decides',
    );
  });

  it('shows cents when the amount has them', () => {
    expect(amountAgainstLimits(80.5, 'EUR', 'supervisor', taxi)).toMatch(/^80\.50 EUR:/);
  });

  it('still says who decides while the policy is unknown', () => {
    expect(amountAgainstLimits(80, 'EUR', 'supervisor', undefined)).toBe(
      '80 EUR; a supervisor decides',
    );
  });

  it('names the manager only for manager authority', () => {
    expect(whoDecides('manager')).toBe('a manager decides');
    expect(whoDecides('supervisor')).toBe('a supervisor decides');
  });
});
