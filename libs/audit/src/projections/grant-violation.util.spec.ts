import { minorUnits } from '@recovery/domain';
import { grantViolation, type GrantFacts } from './grant-violation.util';

// The ladder itself (which authority an amount needs) is the domain's requiredAuthority,
// tested in libs/domain; these tests cover what the audit makes of it.
const grant = (
  overrides: Partial<Omit<GrantFacts, 'amount'>> & { amount?: number },
): GrantFacts => ({
  currency: 'EUR',
  frontlineLimit: minorUnits(2500),
  supervisorLimit: minorUnits(15000),
  ruleCurrency: 'EUR',
  grantedByRole: 'frontline',
  ...overrides,
  amount: minorUnits(overrides.amount ?? 2000),
});

describe('grantViolation', () => {
  it('accepts a frontline grant within the frontline limit, the limit included', () => {
    expect(grantViolation(grant({}))).toBeNull();
    expect(grantViolation(grant({ amount: 2500 }))).toBeNull();
  });
  it('flags a frontline grant above the frontline limit', () => {
    expect(grantViolation(grant({ amount: 3000 }))).toBe('grant_outside_authority');
  });
  it('accepts a supervisor granting up to the supervisor limit', () => {
    expect(grantViolation(grant({ amount: 15000, grantedByRole: 'supervisor' }))).toBeNull();
  });
  it('flags a supervisor granting above the supervisor limit', () => {
    expect(grantViolation(grant({ amount: 20000, grantedByRole: 'supervisor' }))).toBe(
      'grant_outside_authority',
    );
  });
  it('accepts a manager granting above the supervisor limit', () => {
    expect(grantViolation(grant({ amount: 20000, grantedByRole: 'manager' }))).toBeNull();
  });
  it('flags an executive grant: executives never grant remedies', () => {
    expect(grantViolation(grant({ amount: 100, grantedByRole: 'executive' }))).toBe(
      'grant_outside_authority',
    );
  });
  it('flags a grant in another currency than the rule', () => {
    expect(grantViolation(grant({ currency: 'USD' }))).toBe('currency_mismatch');
  });
});
