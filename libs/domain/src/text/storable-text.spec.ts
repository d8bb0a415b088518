import { isStorableText } from './storable-text';

describe('isStorableText', () => {
  it.each([
    ['plain text', 'Rental car does not start'],
    ['the empty string', ''],
    ['accents and CJK', 'Café 東京'],
    ['a surrogate pair (emoji)', 'taxi 🚕 ok'],
    ['a pair at each end', '\ud83d\ude95x\ud83d\ude95'],
  ])('accepts %s', (_name, value) => {
    expect(isStorableText(value)).toBe(true);
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a high surrogate at the end', 'ab\ud800'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a low surrogate at the start', '\udc00ab'],
    ['two high surrogates', '\ud800\ud800\udc00'],
    ['a pair in the wrong order', '\ude95\ud83d'],
  ])('refuses %s', (_name, value) => {
    expect(isStorableText(value)).toBe(false);
  });
});
