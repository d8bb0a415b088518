import { type FieldError } from '@recovery/domain';
import { RequestValidationFailed } from '../common/request-validation.error';
import { type CloudEventDto } from './dto/cloud-event.dto';
import { type IntakeAction, intakeAction } from './intake-event.util';
import { UnsupportedEventType } from './unsupported-event-type.error';

/** An event with what it asks for, or the domain's refusal (reported in its batch result). */
export type PlannedEvent =
  | { event: CloudEventDto; action: IntakeAction }
  | { event: CloudEventDto; refusal: UnsupportedEventType };

/**
 * Reads every event of a batch before any applies (issue 13): bad data in any item
 * refuses the whole batch with one 400 naming each `[index].field`, so a sender that
 * reads only the status learns to fix it. A type intake has no meaning for is the
 * domain's answer, not bad input: it stays that item's result in the 200.
 */
export function planBatch(events: CloudEventDto[]): PlannedEvent[] {
  const errors: FieldError[] = [];
  const planned = events.flatMap((event, index): PlannedEvent[] => {
    try {
      return [{ event, action: intakeAction(event) }];
    } catch (error) {
      if (error instanceof UnsupportedEventType) return [{ event, refusal: error }];
      if (!(error instanceof RequestValidationFailed)) throw error;
      errors.push(...error.errors.map((e) => ({ ...e, field: `[${index}].${e.field}` })));
      return [];
    }
  });
  if (errors.length > 0) throw new RequestValidationFailed(errors);
  return planned;
}
