// PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses a UTF-16 surrogate
// that is not half of a pair (`"\ud800"` is valid JSON, yet "unsupported Unicode escape
// sequence" to jsonb). Either one, once accepted, fails every retry of the append that
// stores it, wedging the incident's workflow (issue 10). Code units, not code points,
// on purpose: a lone surrogate is only visible as a code unit.
// eslint-disable-next-line no-control-regex -- U+0000 is exactly the character refused
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string failed isStorableText, worded for a field error. */
export const UNSTORABLE_TEXT_MESSAGE = 'must not contain NUL or unpaired surrogates';

/** True when PostgreSQL text and jsonb can hold `value`: no NUL, no unpaired UTF-16 surrogate. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}
