import { authorityForAmount, grantViolation, type GrantFacts } from './grant-violation.util';

const grant = (overrides: Partial<GrantFacts>): GrantFacts => ({
  amount: 2000,
  currency: 'EUR',
  frontlineLimit: 2500,
  supervisorLimit: 15000,
  ruleCurrency: 'EUR',
  grantedByRole: 'frontline',
  ...overrides,
});

describe('authorityForAmount', () => {
  it('needs frontline up to and including the frontline limit', () => {
    expect(authorityForAmount(2500, 2500, 15000)).toBe('frontline');
  });
  it('needs a supervisor above the frontline limit up to the supervisor limit', () => {
    expect(authorityForAmount(2501, 2500, 15000)).toBe('supervisor');
    expect(authorityForAmount(15000, 2500, 15000)).toBe('supervisor');
  });
  it('needs a manager above the supervisor limit', () => {
    expect(authorityForAmount(15001, 2500, 15000)).toBe('manager');
  });
});

describe('grantViolation', () => {
  it('accepts a frontline grant within the frontline limit', () => {
    expect(grantViolation(grant({}))).toBeNull();
  });
  it('flags a frontline grant above the frontline limit', () => {
    expect(grantViolation(grant({ amount: 3000 }))).toBe('grant_outside_authority');
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
