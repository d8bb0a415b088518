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
 * What a batch item asks for, or the problems of its data. Bad data is bad input, so it
 * refuses the whole batch (issue 13) like a bad attribute does; a type intake has no
 * meaning for is the domain's answer and stays that item's result in the 200.
 */
export function planEvent(event: CloudEventDto): PlannedEvent | FieldError[] {
  try {
    return { event, action: intakeAction(event) };
  } catch (error) {
    if (error instanceof UnsupportedEventType) return { event, refusal: error };
    if (error instanceof RequestValidationFailed) return error.errors;
    throw error;
  }
}
