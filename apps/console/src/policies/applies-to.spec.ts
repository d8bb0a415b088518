import { categoriesFromText, severitiesWith, stringsAt } from './applies-to';

describe('what a policy applies to, from the form', () => {
  it('reads categories typed with commas or spaces, and none as every category', () => {
    expect(categoriesFromText('vehicle_breakdown, lost_luggage  late_pickup,')).toEqual([
      'vehicle_breakdown',
      'lost_luggage',
      'late_pickup',
    ]);
    expect(categoriesFromText(' , ')).toBeUndefined();
  });

  it('ticks and unticks severities in the vocabulary’s order, none ticked meaning every severity', () => {
    expect(severitiesWith(['critical'], 'high', true)).toEqual(['high', 'critical']);
    expect(severitiesWith(['high', 'critical'], 'critical', false)).toEqual(['high']);
    expect(severitiesWith(['high'], 'high', false)).toBeUndefined();
    expect(severitiesWith([], 'low', true)).toEqual(['low']);
  });

  it('reads a list a JSON edit left as something else as empty', () => {
    expect(stringsAt({ appliesTo: { categories: 'taxi' } }, 'appliesTo.categories')).toEqual([]);
    expect(stringsAt({}, 'appliesTo.severities')).toEqual([]);
    expect(stringsAt({ appliesTo: { severities: ['high', 7] } }, 'appliesTo.severities')).toEqual([
      'high',
    ]);
  });
});
