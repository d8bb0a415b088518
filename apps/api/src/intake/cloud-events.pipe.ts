import { Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type FieldError } from '@recovery/domain';
import { RequestValidationFailed, toFieldErrors } from '../common/request-validation.error';
import { CloudEventDto } from './dto/cloud-event.dto';

const MAX_BATCH = 100;
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
]);

/**
 * Validates a structured event or a batch (array) and returns a list. Unknown
 * top-level names are fine when they are valid CloudEvents extension names;
 * anything else is named in the 400 like every other validation error.
 */
@Injectable()
export class CloudEventsPipe implements PipeTransform<unknown, CloudEventDto[]> {
  transform(body: unknown): CloudEventDto[] {
    const batch = Array.isArray(body);
    const items: unknown[] = batch ? body : [body];
    if (batch && (items.length === 0 || items.length > MAX_BATCH)) {
      throw new RequestValidationFailed([
        { field: 'body', message: `a batch holds 1 to ${MAX_BATCH} events` },
      ]);
    }
    const errors: FieldError[] = [];
    const events = items.map((item, index) => {
      const prefix = batch ? `[${index}].` : '';
      const { event, problems } = validateEvent(item);
      errors.push(...problems.map((p) => ({ ...p, field: prefix + p.field })));
      return event;
    });
    if (errors.length > 0) throw new RequestValidationFailed(errors);
    return events;
  }
}

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
  const event = plainToInstance(CloudEventDto, item);
  problems.push(...toFieldErrors(validateSync(event)));
  return { event, problems };
}
