import { type Request } from 'express';
import { type CloudEventDto } from '../dto/cloud-event.dto';
import { type PlannedEvent } from '../intake-plan.util';
import { binaryFieldName, eventOfBinaryMessage, hasCeHeaders } from './binary-mode.util';
import { validateBatch, validateSingle } from './cloud-event-validation.util';
import { intakeModeOf } from './intake-media-type.util';

/** A request's validated event, or its batch read whole into plans. */
export type IntakeEvents =
  { batch: false; event: CloudEventDto } | { batch: true; planned: PlannedEvent[] };

/** Reads the events of a request in whichever mode it was sent (415 for a mode it is not). */
export function readIntakeEvents(request: Request): IntakeEvents {
  const mode = intakeModeOf(request.headers['content-type'], hasCeHeaders(request.headers));
  switch (mode) {
    case 'batch':
      return { batch: true, planned: validateBatch(request.body) };
    case 'structured':
      return { batch: false, event: validateSingle(request.body) };
    case 'binary': {
      const event = eventOfBinaryMessage(request.headers, request.body);
      return { batch: false, event: validateSingle(event, binaryFieldName) };
    }
    default: {
      const unknown: never = mode;
      return unknown;
    }
  }
}
