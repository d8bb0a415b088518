import { valueAt, withValueAt } from './draft-path';

const draft = {
  title: 'Breakdown',
  description: 'On the road',
  remedies: [{ type: 'taxi', frontlineLimit: 25 }],
};

describe('withValueAt', () => {
  it('replaces a nested array item field without touching the original', () => {
    const changed = withValueAt(draft, 'remedies.0.frontlineLimit', 30);
    expect(changed.remedies).toEqual([{ type: 'taxi', frontlineLimit: 30 }]);
    expect(Array.isArray(changed.remedies)).toBe(true);
    expect(draft.remedies[0].frontlineLimit).toBe(25);
  });

  it('removes an optional member set to undefined', () => {
    expect(withValueAt(draft, 'description', undefined)).not.toHaveProperty('description');
  });
});

describe('valueAt', () => {
  it('reads a dotted path and gives undefined where it leads nowhere', () => {
    expect(valueAt(draft, 'remedies.0.type')).toBe('taxi');
    expect(valueAt(draft, 'remedies.3.type')).toBeUndefined();
    expect(valueAt(draft, 'title.length.x')).toBeUndefined();
  });
});
