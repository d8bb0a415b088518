import { FIELD_LIMITS, isStorableText } from '@recovery/domain';
import { noteText } from './intake-event.util';

describe('noteText', () => {
  it('keeps a text within the limit as it is', () => {
    expect(noteText('Battery dead 🚗')).toBe('Battery dead 🚗');
  });

  it('cuts a long text to the limit, never inside a surrogate pair', () => {
    const text = 'x'.repeat(FIELD_LIMITS.text - 1) + '🚗🚗';
    const cut = noteText(text);
    expect(cut).toBe('x'.repeat(FIELD_LIMITS.text - 1));
    expect(isStorableText(cut)).toBe(true);
    expect(noteText('y'.repeat(FIELD_LIMITS.text + 10))).toHaveLength(FIELD_LIMITS.text);
  });
});
