import { InvalidCommand } from '../errors/incident-rejections.error';
import { UNSTORABLE_TEXT_MESSAGE } from '../text/storable-text';
import { FieldChecks } from './command-guards.util';
import { FIELD_LIMITS, SITE_PATTERN } from './field-limits';
import { formatSealedText } from '../text/sealed-text';

/** The field errors one run of checks throws; [] when it passes. */
function errorsOf(run: (checks: FieldChecks) => FieldChecks): InvalidCommand['errors'] {
  try {
    run(new FieldChecks()).done('test');
  } catch (error) {
    if (error instanceof InvalidCommand) return error.errors;
    throw error;
  }
  return [];
}

describe('FieldChecks', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone surrogate', 'a\ud800b'],
  ])('refuses text with %s, saying why, once', (_name, value) => {
    expect(errorsOf((c) => c.text(value, 'summary').optionalText(value, 'comment'))).toEqual([
      { field: 'summary', message: UNSTORABLE_TEXT_MESSAGE },
      { field: 'comment', message: UNSTORABLE_TEXT_MESSAGE },
    ]);
    expect(UNSTORABLE_TEXT_MESSAGE).toBe('must not contain NUL or unpaired surrogates');
  });

  it("limits sealed text by its plaintext's length, not the sealed form's", () => {
    const sealed = (length: number) =>
      formatSealedText({
        keyId: '7f3c9a52-0d4e-4b8a-9a51-2f6f1c0de111',
        length,
        ciphertext: 'A'.repeat(2 * length + 40),
      });
    const max = FIELD_LIMITS.summary;
    expect(errorsOf((c) => c.text(sealed(max), 'summary', max))).toEqual([]);
    expect(errorsOf((c) => c.text(sealed(max + 1), 'summary', max))).toEqual([
      { field: 'summary', message: `must be a non-empty string of at most ${max} characters` },
    ]);
  });

  it('accepts text with a surrogate pair', () => {
    expect(errorsOf((c) => c.text('taxi 🚕', 'summary'))).toEqual([]);
  });

  it('holds text to the default limit and to a given one', () => {
    const long = 'x'.repeat(FIELD_LIMITS.text + 1);
    expect(errorsOf((c) => c.text('x'.repeat(FIELD_LIMITS.text), 'text'))).toEqual([]);
    expect(errorsOf((c) => c.text(long, 'text').text('abc', 'team', 2))).toEqual([
      {
        field: 'text',
        message: `must be a non-empty string of at most ${FIELD_LIMITS.text} characters`,
      },
      { field: 'team', message: 'must be a non-empty string of at most 2 characters' },
    ]);
  });

  it('lets optional text be absent or empty but not too long or not a string', () => {
    expect(errorsOf((c) => c.optionalText(undefined, 'a').optionalText('', 'b'))).toEqual([]);
    expect(errorsOf((c) => c.optionalText('abc', 'c', 2).optionalText(42, 'd'))).toEqual([
      { field: 'c', message: 'must be a string of at most 2 characters' },
      { field: 'd', message: `must be a string of at most ${FIELD_LIMITS.text} characters` },
    ]);
  });
});

describe('SITE_PATTERN', () => {
  it('takes site codes up to FIELD_LIMITS.site characters', () => {
    expect(SITE_PATTERN.test('AMS')).toBe(true);
    expect(SITE_PATTERN.test('x'.repeat(FIELD_LIMITS.site))).toBe(true);
    expect(SITE_PATTERN.test('x'.repeat(FIELD_LIMITS.site + 1))).toBe(false);
    expect(SITE_PATTERN.test('A MS')).toBe(false);
  });
});
