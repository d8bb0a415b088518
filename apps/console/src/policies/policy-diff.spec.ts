import { diffPolicyDocuments, formatLeaf, inFieldOrder, type PolicyChange } from './policy-diff';

const base = {
  key: 'vehicle-breakdown',
  title: 'Vehicle breaks down',
  appliesTo: { categories: ['vehicle_breakdown'] },
  acknowledgeWithin: 'PT90S',
  escalation: [{ after: 'PT5M', to: 'supervisor' }],
  remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
};

describe('diffPolicyDocuments', () => {
  it('finds nothing between identical documents', () => {
    expect(diffPolicyDocuments(base, structuredClone(base))).toEqual([]);
  });

  it('names a changed nested field by its dotted path, old and new value', () => {
    const after = structuredClone(base);
    after.remedies[0].frontlineLimit = 30;
    after.acknowledgeWithin = 'PT2M';
    expect(diffPolicyDocuments(base, after)).toEqual([
      { path: 'acknowledgeWithin', kind: 'changed', before: 'PT90S', after: 'PT2M' },
      { path: 'remedies.0.frontlineLimit', kind: 'changed', before: 25, after: 30 },
    ]);
  });

  it('lists fields only the newer version has as added, after the older fields', () => {
    const after = { ...structuredClone(base), description: 'Breakdowns on the road' };
    after.escalation.push({ after: 'PT30M', to: 'manager' });
    expect(diffPolicyDocuments(base, after)).toEqual([
      { path: 'escalation.1.after', kind: 'added', after: 'PT30M' },
      { path: 'escalation.1.to', kind: 'added', after: 'manager' },
      { path: 'description', kind: 'added', after: 'Breakdowns on the road' },
    ]);
  });

  it('lists fields the newer version dropped as removed', () => {
    const after = { ...structuredClone(base), appliesTo: {} };
    expect(diffPolicyDocuments(base, after)).toEqual([
      { path: 'appliesTo.categories.0', kind: 'removed', before: 'vehicle_breakdown' },
      { path: 'appliesTo', kind: 'added', after: {} },
    ]);
  });

  it('treats an undefined member as absent, like JSON does', () => {
    expect(diffPolicyDocuments({ title: 'a', isDefault: undefined }, { title: 'a' })).toEqual([]);
  });
});

describe('formatLeaf', () => {
  it('writes values as JSON and an absent side in words', () => {
    expect(formatLeaf('PT2M')).toBe('"PT2M"');
    expect(formatLeaf(25)).toBe('25');
    expect(formatLeaf(undefined)).toBe('(absent)');
  });
});

describe('inFieldOrder', () => {
  it('orders changes as a policy reads, whatever order the stored JSON had, unknown fields last', () => {
    const change = (path: string): PolicyChange => ({ path, kind: 'changed', before: 1, after: 2 });
    const shuffled = [
      'odd',
      'remedies.0.type',
      'title',
      'remedies.0.currency',
      'acknowledgeWithin',
    ].map(change);
    expect(inFieldOrder(shuffled).map((each) => each.path)).toEqual([
      'title',
      'acknowledgeWithin',
      'remedies.0.type',
      'remedies.0.currency',
      'odd',
    ]);
  });
});
