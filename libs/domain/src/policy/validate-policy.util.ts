import { type FieldError } from '../errors/domain.error';
import { CATEGORY_PATTERN, SEVERITIES } from '../incident/incident-vocabulary';
import { isCurrencyCode, toMinorUnits } from '../money/money';
import { parseDuration } from '../time/duration.util';
import {
  checkDocumentHeader,
  DOCUMENT_KEY_PATTERN,
  type FieldFailure,
} from '../validation/document-header.util';
import { isJsonObject } from '../validation/json-object.util';
import { CLOCK_KINDS, ESCALATION_TARGETS, type PolicyDocument } from './policy-document';

export type PolicyValidation =
  { ok: true; policy: PolicyDocument } | { ok: false; errors: FieldError[] };

/** A policy key: a lower-case slug of at most 64 characters. */
export const POLICY_KEY_PATTERN = DOCUMENT_KEY_PATTERN;

/**
 * The longest duration a policy may set: a year (366 days, so a leap year fits). No
 * recovery deadline, follow-up or escalation waits longer, and an unbounded one
 * ("P99999999W") overflows the dates derived from it: opening under it failed with a
 * 500, and such a followUpAfter failed its workflow task forever (issue 10).
 */
export const MAX_POLICY_DURATION_MS = 366 * 86_400_000;
const DURATION_FIELDS = [
  'acknowledgeWithin',
  'resolveWithin',
  'approvalTimeout',
  'followUpAfter',
  'feedbackWindow',
] as const;
const KNOWN_FIELDS = new Set<string>([
  'key',
  'title',
  'appliesTo',
  'clocks',
  'escalation',
  'remedies',
  'confirmPromiseWithin',
  'isDefault',
  'description',
  ...DURATION_FIELDS,
]);

/** Validates a policy document, naming every bad field (issue 4). */
export function validatePolicyDocument(input: unknown): PolicyValidation {
  if (!isJsonObject(input))
    return { ok: false, errors: [{ field: '', message: 'must be a JSON object' }] };
  const errors: FieldError[] = [];
  const fail: Fail = (field, message) => void errors.push({ field, message });

  checkDocumentHeader(input, KNOWN_FIELDS, 'policy', fail);
  if (input.isDefault !== undefined && typeof input.isDefault !== 'boolean')
    fail('isDefault', 'must be a boolean');
  for (const field of DURATION_FIELDS) checkDuration(input[field], field, fail, true);
  checkDuration(input.confirmPromiseWithin, 'confirmPromiseWithin', fail, false);
  checkAppliesTo(input.appliesTo, fail);
  checkClocks(input.clocks, fail);
  checkLadder(input.escalation, fail);
  checkRemedies(input.remedies, fail);

  return errors.length === 0
    ? { ok: true, policy: input as unknown as PolicyDocument }
    : { ok: false, errors };
}

type Fail = FieldFailure;

function checkDuration(value: unknown, field: string, fail: Fail, required: boolean): void {
  if (value === undefined && !required) return;
  const ms = typeof value === 'string' ? parseDuration(value) : undefined;
  if (ms === undefined)
    fail(field, 'must be an ISO-8601 duration such as PT90S, PT2H or P1D (no years or months)');
  else checkDurationBound(ms, field, fail);
}

function checkDurationBound(ms: number, field: string, fail: Fail): void {
  if (ms > MAX_POLICY_DURATION_MS) fail(field, 'must be at most one year (P366D)');
}

function checkAppliesTo(value: unknown, fail: Fail): void {
  if (!isJsonObject(value))
    return fail('appliesTo', 'must be an object with optional categories and severities');
  for (const field of Object.keys(value)) {
    if (field !== 'categories' && field !== 'severities')
      fail(`appliesTo.${field}`, 'is not a field of appliesTo');
  }
  const { categories, severities } = value;
  if (categories !== undefined) {
    if (!Array.isArray(categories))
      fail('appliesTo.categories', 'must be an array of category slugs');
    else
      categories.forEach((c, i) => {
        if (typeof c !== 'string' || !CATEGORY_PATTERN.test(c))
          fail(`appliesTo.categories[${i}]`, 'must be a category slug like vehicle_breakdown');
      });
  }
  if (severities !== undefined) {
    if (!Array.isArray(severities))
      fail('appliesTo.severities', `must be an array of ${SEVERITIES.join(', ')}`);
    else
      severities.forEach((s, i) => {
        if (!(SEVERITIES as readonly unknown[]).includes(s))
          fail(`appliesTo.severities[${i}]`, `must be one of ${SEVERITIES.join(', ')}`);
      });
  }
}

function checkClocks(value: unknown, fail: Fail): void {
  if (value === undefined) return;
  if (!isJsonObject(value))
    return fail('clocks', 'must be an object with optional acknowledge and resolve');
  for (const [clock, kind] of Object.entries(value)) {
    if (clock !== 'acknowledge' && clock !== 'resolve')
      fail(`clocks.${clock}`, 'is not a clock: only acknowledge and resolve are');
    else if (!(CLOCK_KINDS as readonly unknown[]).includes(kind))
      fail(`clocks.${clock}`, `must be one of ${CLOCK_KINDS.join(', ')}`);
  }
}

function checkLadder(value: unknown, fail: Fail): void {
  if (!Array.isArray(value) || value.length === 0)
    return fail('escalation', 'must be a non-empty ladder of { after, to } rungs');
  let previous = -1;
  value.forEach((rung: unknown, i) => {
    const field = `escalation[${i}]`;
    if (!isJsonObject(rung)) return fail(field, 'must be an object { after, to }');
    const after = typeof rung.after === 'string' ? parseDuration(rung.after) : undefined;
    if (after === undefined) fail(`${field}.after`, 'must be an ISO-8601 duration');
    else if (after < previous)
      fail(`${field}.after`, 'must not be earlier than the rung before it');
    else {
      checkDurationBound(after, `${field}.after`, fail);
      previous = after;
    }
    if (!(ESCALATION_TARGETS as readonly unknown[]).includes(rung.to))
      fail(`${field}.to`, `must be one of ${ESCALATION_TARGETS.join(', ')}`);
    if (rung.businessHoursOnly !== undefined && typeof rung.businessHoursOnly !== 'boolean')
      fail(`${field}.businessHoursOnly`, 'must be a boolean');
  });
}

function checkRemedies(value: unknown, fail: Fail): void {
  if (!Array.isArray(value) || value.length === 0)
    return fail('remedies', 'must be a non-empty list of remedy rules');
  const seen = new Set<string>();
  value.forEach((rule: unknown, i) => {
    const field = `remedies[${i}]`;
    if (!isJsonObject(rule))
      return fail(field, 'must be an object { type, frontlineLimit, supervisorLimit, currency }');
    if (typeof rule.type !== 'string' || !CATEGORY_PATTERN.test(rule.type))
      fail(`${field}.type`, 'must be a remedy type slug like taxi');
    else if (seen.has(rule.type)) fail(`${field}.type`, `duplicates remedy type ${rule.type}`);
    else seen.add(rule.type);
    if (!isCurrencyCode(rule.currency))
      return fail(`${field}.currency`, 'must be a three-letter ISO-4217 code such as EUR');
    const frontline =
      typeof rule.frontlineLimit === 'number'
        ? toMinorUnits(rule.frontlineLimit, rule.currency)
        : undefined;
    const supervisor =
      typeof rule.supervisorLimit === 'number'
        ? toMinorUnits(rule.supervisorLimit, rule.currency)
        : undefined;
    if (frontline === undefined)
      fail(`${field}.frontlineLimit`, `must be a non-negative ${rule.currency} amount`);
    if (supervisor === undefined)
      fail(`${field}.supervisorLimit`, `must be a non-negative ${rule.currency} amount`);
    if (frontline !== undefined && supervisor !== undefined && frontline > supervisor) {
      fail(`${field}.supervisorLimit`, 'must be at least frontlineLimit');
    }
  });
}
