import { type FieldError, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '@recovery/domain';
import { type CloudEventDto } from '../dto/cloud-event.dto';

/**
 * Moves a validated event's `data_base64` into `data` (JSON data, base64-encoded, as
 * the JSON event format allows); the problems found, named `data_base64`. The decoded
 * text was not seen by the request's unstorable-text check, so it is checked here.
 */
export function decodeDataBase64(event: CloudEventDto): FieldError[] {
  const encoded = event.data_base64;
  if (encoded === undefined) return [];
  if (event.data !== undefined) {
    return [{ field: 'data_base64', message: 'an event carries data or data_base64, not both' }];
  }
  const parsed = parseStorableJson(Buffer.from(encoded, 'base64').toString('utf8'));
  if (parsed === undefined) {
    return [{ field: 'data_base64', message: 'must be a base64-encoded JSON object' }];
  }
  if (parsed === 'unstorable') return [{ field: 'data_base64', message: UNSTORABLE_TEXT_MESSAGE }];
  event.data = parsed;
  delete event.data_base64;
  return [];
}

function parseStorableJson(text: string): Record<string, unknown> | 'unstorable' | undefined {
  let storable = isStorableText(text);
  let value: unknown;
  try {
    value = JSON.parse(text, (key, member: unknown) => {
      if (!isStorableText(key) || (typeof member === 'string' && !isStorableText(member)))
        storable = false;
      return member;
    });
  } catch {
    return undefined; // not JSON: reported as such by the caller
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return storable ? (value as Record<string, unknown>) : 'unstorable';
}
