import { type RemedyRule } from '../../api/policy-types';
import { formatMoney } from '../money';

/**
 * What the caller may grant at once under a remedy rule, said before they propose
 * (DOMAIN.md §5: frontline up to frontlineLimit, supervisors up to supervisorLimit,
 * managers and admins any amount; executives never grant).
 */
export function remedyLimitText(role: string, rule: RemedyRule): string {
  const frontline = formatMoney(rule.frontlineLimit, rule.currency);
  const supervisor = formatMoney(rule.supervisorLimit, rule.currency);
  switch (role) {
    case 'frontline':
      return `up to ${frontline} now; above that a supervisor decides`;
    case 'supervisor':
      return `up to ${supervisor} now; above that a manager decides`;
    case 'manager':
    case 'admin':
      return 'any amount now';
    default:
      return 'you cannot grant remedies; a supervisor decides';
  }
}
