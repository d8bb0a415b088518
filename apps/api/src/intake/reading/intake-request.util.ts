import { type Request } from 'express';
import { type CloudEventDto } from '../dto/cloud-event.dto';
import { binaryFieldName, eventOfBinaryMessage, hasCeHeaders } from './binary-mode.util';
import { validateBatch, validateSingle } from './cloud-event-validation.util';
import { intakeModeOf } from './intake-media-type.util';

/** The validated events of an intake request, and whether it was a batch. */
export interface IntakeEvents {
  events: CloudEventDto[];
  batch: boolean;
}

/** Reads the events of a request in whichever mode it was sent (415 for a mode it is not). */
export function readIntakeEvents(request: Request): IntakeEvents {
  const mode = intakeModeOf(request.headers['content-type'], hasCeHeaders(request.headers));
  switch (mode) {
    case 'batch':
      return { events: validateBatch(request.body), batch: true };
    case 'structured':
      return { events: [validateSingle(request.body)], batch: false };
    case 'binary': {
      const event = eventOfBinaryMessage(request.headers, request.body);
      return { events: [validateSingle(event, binaryFieldName)], batch: false };
    }
    default: {
      const unknown: never = mode;
      return unknown;
    }
  }
}
