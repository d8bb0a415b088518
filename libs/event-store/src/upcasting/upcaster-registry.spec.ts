import { UpcasterRegistry, type Upcaster } from './upcaster-registry';

// A real evolution: v1 stored compensation as a decimal amount; v2 uses integer
// minor units (the project's money rule); v3 renames `reason` to `justification`.
const toMinorUnits: Upcaster = {
  type: 'RemedyGranted',
  fromVersion: 1,
  upcast: ({ amount, ...rest }) => ({ ...rest, amountCents: Math.round(Number(amount) * 100) }),
};
const renameReason: Upcaster = {
  type: 'RemedyGranted',
  fromVersion: 2,
  upcast: ({ reason, ...rest }) => ({ ...rest, justification: reason }),
};

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([renameReason, toMinorUnits]);

  it('reports the current version as one past the last step, and 1 for unknown types', () => {
    expect(registry.currentVersion('RemedyGranted')).toBe(3);
    expect(registry.currentVersion('IncidentOpened')).toBe(1);
  });

  it('chains every step from the stored version to the current one', () => {
    const v1 = { amount: 12.5, currency: 'EUR', reason: 'late taxi' };
    expect(registry.upcast('RemedyGranted', 1, v1)).toEqual({
      schemaVersion: 3,
      data: { amountCents: 1250, currency: 'EUR', justification: 'late taxi' },
    });
    expect(registry.upcast('RemedyGranted', 2, { amountCents: 5, reason: 'r' })).toEqual({
      schemaVersion: 3,
      data: { amountCents: 5, justification: 'r' },
    });
  });

  it('leaves current events and unknown types untouched', () => {
    const data = { amountCents: 1, justification: 'x' };
    expect(registry.upcast('RemedyGranted', 3, data)).toEqual({ schemaVersion: 3, data });
    expect(registry.upcast('Other', 1, data)).toEqual({ schemaVersion: 1, data });
  });

  it('refuses a registry with a missing step', () => {
    expect(() => new UpcasterRegistry([renameReason])).toThrow(/no step from version 1/);
  });
});
