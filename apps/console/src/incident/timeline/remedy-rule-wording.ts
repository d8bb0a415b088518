import { formatMoney } from '../money';
import { type EventData, number, record, text } from './event-fields';

/**
 * Which limit of the applied rule a remedy fell under, from the rule the event
 * recorded (not today's policy): "within the frontline limit of 25 EUR".
 */
export function appliedLimitText(data: EventData): string {
  const rule = record(data, 'rule');
  const currency = text(rule, 'currency') || text(data, 'currency');
  const frontline = formatMoney(number(rule, 'frontlineLimit'), currency);
  const supervisor = formatMoney(number(rule, 'supervisorLimit'), currency);
  switch (text(data, 'requiredAuthority')) {
    case 'frontline':
      return `within the frontline limit of ${frontline}`;
    case 'supervisor':
      return `above the frontline limit of ${frontline}, within the supervisor limit of ${supervisor}`;
    default:
      return `above the supervisor limit of ${supervisor}`;
  }
}
