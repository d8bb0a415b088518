// Readers for a stored event's loosely typed data: the wire carries
// Record<string, unknown>, and a timeline must still read when a field is missing.
import { fulfillerText } from '../fulfiller-text';
import { formatMoney } from '../money';

export type EventData = Record<string, unknown>;

export function text(data: EventData, field: string): string {
  const value = data[field];
  return typeof value === 'string' ? value : '';
}

export function number(data: EventData, field: string): number {
  const value = data[field];
  return typeof value === 'number' ? value : 0;
}

export function record(data: EventData, field: string): EventData {
  const value = data[field];
  return typeof value === 'object' && value !== null ? (value as EventData) : {};
}

/** "Fiona (frontline)", "System" for timers and intake. */
export function actorName(actor: EventData): string {
  const role = text(actor, 'role');
  if (role === 'system') return 'System';
  const name = text(actor, 'name') || text(actor, 'id') || 'Someone';
  return role ? `${name} (${role})` : name;
}

/** A fulfiller read from event data: "person fiona", "team warehouse-ams". */
export function fulfillerName(fulfiller: EventData): string {
  return fulfillerText({
    kind: text(fulfiller, 'kind') === 'team' ? 'team' : 'person',
    id: text(fulfiller, 'id'),
  });
}

/** A vocabulary slug as words: "no_fault_found" → "no fault found". */
export function words(slug: string): string {
  return slug.replaceAll('_', ' ');
}

/** The event's amount with its currency: "taxi 20 EUR". */
export function remedyAmount(data: EventData): string {
  const amount = formatMoney(number(data, 'amount'), text(data, 'currency'));
  const type = text(data, 'remedyType');
  return type ? `${words(type)} ${amount}` : amount;
}
