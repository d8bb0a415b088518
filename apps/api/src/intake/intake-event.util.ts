import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type Channel, CHANNELS, FIELD_LIMITS, isUuid } from '@recovery/domain';
import { RequestValidationFailed, toFieldErrors } from '../common/request-validation.error';
import { OpenIncidentDto } from '../incidents/dto/open-incident.dto';
import { type CloudEventDto } from './dto/cloud-event.dto';
import { UnsupportedEventType } from './unsupported-event-type.error';

/** What an upstream event asks for. */
export type IntakeAction =
  | { kind: 'open'; body: OpenIncidentDto }
  | { kind: 'note'; incidentId: string; text: string }
  | { kind: 'contact'; incidentId: string; channel: Channel; summary: string };

const OPENING = /(^|[.:/])(complaint|incident)([.:/]|$)/i;
const CUSTOMER_CONTACT = /(^|[.:/])(contacted|replied)([.:/]|$)/i;

/**
 * Reads an event. A `subject` naming an incident adds to it: the customer getting
 * in touch (a `contacted` or `replied` segment in the type) is logged as an inbound
 * contact, which also ends a wait on the customer (issue 12); anything else is a
 * note, its text the data's `text` or `summary`, else the type and source (an event
 * may carry no data). A type with a complaint or incident segment opens one (its
 * `data`, required, is the open body, the channel defaulting to `system`); anything
 * else is refused.
 */
export function intakeAction(event: CloudEventDto): IntakeAction {
  if (event.subject !== undefined && isUuid(event.subject)) {
    const incidentId = event.subject.toLowerCase();
    const text = pickText(event.data ?? {}) ?? `${event.type} from ${event.source}`;
    if (!CUSTOMER_CONTACT.test(event.type)) return { kind: 'note', incidentId, text };
    return { kind: 'contact', incidentId, channel: channelOf(event.data ?? {}), summary: text };
  }
  const match = OPENING.exec(event.type);
  if (!match) throw new UnsupportedEventType(event.type);
  if (event.data === undefined) {
    throw new RequestValidationFailed([
      { field: 'data', message: 'an event that opens an incident carries its open body as data' },
    ]);
  }
  const kind = match[2].toLowerCase();
  const body = plainToInstance(OpenIncidentDto, { kind, channel: 'system', ...event.data });
  const errors = validateSync(body, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new RequestValidationFailed(toFieldErrors(errors, 'data'));
  return { kind: 'open', body };
}

/** The channel the event names in its data, else `system`. */
function channelOf(data: Record<string, unknown>): Channel {
  const { channel } = data;
  return (CHANNELS as readonly unknown[]).includes(channel) ? (channel as Channel) : 'system';
}

function pickText(data: Record<string, unknown>): string | undefined {
  const text = data.text ?? data.summary;
  return typeof text === 'string' && text.length > 0 ? noteText(text) : undefined;
}

/**
 * The text cut to a note's limit, never between the two halves of a surrogate pair
 * (an emoji): half a pair is text PostgreSQL cannot store.
 */
export function noteText(text: string): string {
  const cut = text.slice(0, FIELD_LIMITS.text);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
