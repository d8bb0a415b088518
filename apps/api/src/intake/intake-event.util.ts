import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FIELD_LIMITS, isUuid } from '@recovery/domain';
import { RequestValidationFailed, toFieldErrors } from '../common/request-validation.error';
import { OpenIncidentDto } from '../incidents/dto/open-incident.dto';
import { type CloudEventDto } from './dto/cloud-event.dto';
import { UnsupportedEventType } from './unsupported-event-type.error';

/** What an upstream event asks for. */
export type IntakeAction =
  { kind: 'open'; body: OpenIncidentDto } | { kind: 'note'; incidentId: string; text: string };

const OPENING = /(^|[.:/])(complaint|incident)([.:/]|$)/i;

/**
 * Reads an event: a `subject` naming an incident adds a note to it; a type with
 * a complaint or incident segment opens one (its `data` is the open body, the
 * channel defaulting to `system`); anything else is refused.
 */
export function intakeAction(event: CloudEventDto): IntakeAction {
  if (event.subject !== undefined && isUuid(event.subject)) {
    const text = pickText(event.data) ?? `${event.type} from ${event.source}`;
    return { kind: 'note', incidentId: event.subject.toLowerCase(), text };
  }
  const match = OPENING.exec(event.type);
  if (!match) throw new UnsupportedEventType(event.type);
  const kind = match[2].toLowerCase();
  const body = plainToInstance(OpenIncidentDto, { kind, channel: 'system', ...event.data });
  const errors = validateSync(body, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new RequestValidationFailed(toFieldErrors(errors, 'data'));
  return { kind: 'open', body };
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
