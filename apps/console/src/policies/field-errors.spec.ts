import { errorsOutside, messageForField, normaliseFieldPath } from './field-errors';

const errors = [
  { field: 'remedies.0.frontlineLimit', message: 'frontlineLimit must not be less than 0' },
  { field: 'remedies[0].supervisorLimit', message: 'must be at least frontlineLimit' },
  { field: 'escalation[1].after', message: 'must be an ISO-8601 duration' },
];

describe('policy field errors', () => {
  it('names bracketed and dotted array items the same way', () => {
    expect(normaliseFieldPath('remedies[0].supervisorLimit')).toBe('remedies.0.supervisorLimit');
    expect(normaliseFieldPath('appliesTo.categories[12]')).toBe('appliesTo.categories.12');
    expect(normaliseFieldPath('title')).toBe('title');
  });

  it('finds the message of a field whichever way the API wrote its path', () => {
    expect(messageForField(errors, 'remedies.0.frontlineLimit')).toBe(
      'frontlineLimit must not be less than 0',
    );
    expect(messageForField(errors, 'remedies.0.supervisorLimit')).toBe(
      'must be at least frontlineLimit',
    );
    expect(messageForField(errors, 'remedies.0')).toBeUndefined();
  });

  it('puts the message of a list item on the list', () => {
    const items = [
      {
        field: 'appliesTo.categories[1]',
        message: 'must be a category slug like vehicle_breakdown',
      },
      { field: 'escalation', message: 'must be a non-empty ladder of { after, to } rungs' },
    ];
    expect(messageForField(items, 'appliesTo.categories')).toBe(
      'must be a category slug like vehicle_breakdown',
    );
    expect(messageForField(items, 'escalation')).toBe(
      'must be a non-empty ladder of { after, to } rungs',
    );
    expect(errorsOutside(items, new Set(['appliesTo.categories', 'escalation']))).toEqual([]);
  });

  it('keeps the errors of fields the form does not show', () => {
    const shown = new Set(['remedies.0.frontlineLimit', 'remedies.0.supervisorLimit']);
    expect(errorsOutside(errors, shown)).toEqual([errors[2]]);
  });
});
