import { type RemedyRule } from '../api/policy-types';
import { formatMoney } from '../incident/money';
import { appliedLimitText } from '../incident/timeline/remedy-rule-wording';

/** Who may grant a request needing `authority` (DOMAIN.md §5's ladder, as people say it). */
export function whoDecides(authority: string): string {
  return authority === 'manager' ? 'a manager decides' : 'a supervisor decides';
}

/**
 * A requested amount against the limits of its remedy rule, in the words the
 * timeline uses: "80 EUR: above the frontline limit of 25 EUR, within the
 * supervisor limit of 150 EUR; a supervisor decides". Without the rule (the
 * policy is still loading, or unreadable) it still says who decides.
 */
export function amountAgainstLimits(
  amount: number,
  currency: string,
  requiredAuthority: string,
  rule: RemedyRule | undefined,
): string {
  const money = formatMoney(amount, currency);
  if (rule === undefined) return `${money}; ${whoDecides(requiredAuthority)}`;
  const limits = appliedLimitText({ requiredAuthority, currency, rule: { ...rule } });
  return `${money}: ${limits}; ${whoDecides(requiredAuthority)}`;
}
