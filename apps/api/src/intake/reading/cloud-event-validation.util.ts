import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type FieldError, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '@recovery/domain';
import { RequestValidationFailed, toFieldErrors } from '../../common/request-validation.error';
import { CloudEventDto } from '../dto/cloud-event.dto';
import { type PlannedEvent, planEvent } from '../intake-plan.util';
import { decodeDataBase64 } from './event-data.util';

/** The most events one batch may hold. */
export const MAX_BATCH = 100;
const EXTENSION_NAME = /^[a-z0-9]{1,20}$/;
const KNOWN = new Set([
  'specversion',
  'id',
  'source',
  'type',
  'subject',
  'time',
  'datacontenttype',
  'dataschema',
  'data',
  'data_base64',
]);

/**
 * Validates a batch whole, attributes and data, and returns each item's plan; or throws
 * one 400 naming every bad field of every bad item (`[index].field`), so nothing of a
 * bad batch applies.
 */
export function validateBatch(body: unknown): PlannedEvent[] {
  if (!Array.isArray(body) || body.length === 0 || body.length > MAX_BATCH) {
    throw new RequestValidationFailed([
      { field: 'body', message: `a batch is a JSON array of 1 to ${MAX_BATCH} events` },
    ]);
  }
  const errors: FieldError[] = [];
  const planned = body.flatMap((item: unknown, index): PlannedEvent[] => {
    const { event, problems } = validateEvent(item);
    const plan = problems.length > 0 ? problems : planEvent(event);
    if (!Array.isArray(plan)) return [plan];
    errors.push(...plan.map((p) => ({ ...p, field: `[${index}].${p.field}` })));
    return [];
  });
  if (errors.length > 0) throw new RequestValidationFailed(errors);
  return planned;
}

/** Validates one event; `fieldName` says where a field was sent (binary mode: a header). */
export function validateSingle(
  item: unknown,
  fieldName: (field: string) => string = (field) => field,
): CloudEventDto {
  const { event, problems } = validateEvent(item);
  if (problems.length > 0) {
    throw new RequestValidationFailed(problems.map((p) => ({ ...p, field: fieldName(p.field) })));
  }
  return event;
}

/**
 * Unknown top-level names are fine when they are valid CloudEvents extension names;
 * anything else is named like every other validation error.
 */
function validateEvent(item: unknown): { event: CloudEventDto; problems: FieldError[] } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return {
      event: new CloudEventDto(),
      problems: [{ field: 'event', message: 'must be a JSON object' }],
    };
  }
  const extensions = Object.keys(item).filter((name) => !KNOWN.has(name));
  const problems: FieldError[] = extensions
    .filter((name) => !EXTENSION_NAME.test(name))
    .map((name) => ({ field: name, message: 'is not a CloudEvents attribute or extension name' }));
  // Binary mode's attributes come from percent-decoded headers, which the request's
  // unstorable-text check never saw (a `ce-id: a%00b` would fail inside PostgreSQL).
  problems.push(
    ...Object.entries(item)
      .filter(([, value]) => typeof value === 'string' && !isStorableText(value))
      .map(([name]) => ({ field: name, message: UNSTORABLE_TEXT_MESSAGE })),
  );
  const event = plainToInstance(CloudEventDto, item);
  problems.push(...toFieldErrors(validateSync(event)));
  if (problems.length === 0) problems.push(...decodeDataBase64(event));
  return { event, problems };
}
