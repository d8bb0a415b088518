import { remedyLimitText } from './remedy-limit';

const TAXI = { type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' };

describe('remedyLimitText', () => {
  it('tells frontline staff their limit and that a supervisor decides above it', () => {
    expect(remedyLimitText('frontline', TAXI)).toBe(
      'up to 25 EUR now; above that a supervisor decides',
    );
  });

  it("gives a supervisor the rule's supervisor limit", () => {
    expect(remedyLimitText('supervisor', TAXI)).toBe(
      'up to 150 EUR now; above that a manager decides',
    );
  });

  it('lets managers grant any amount', () => {
    expect(remedyLimitText('manager', TAXI)).toBe('any amount now');
  });

  it('writes fractional limits with cents', () => {
    expect(remedyLimitText('frontline', { ...TAXI, frontlineLimit: 12.5 })).toBe(
      'up to 12.50 EUR now; above that a supervisor decides',
    );
  });
});
