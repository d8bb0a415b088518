import { DomainError } from '@recovery/domain';

/** Intake received an event it has no meaning for. */
export class UnsupportedEventType extends DomainError {
  readonly code = 'unsupported_event_type';
  readonly kind = 'unprocessable';
  constructor(type: string) {
    super(
      `events of type ${type} are not understood: use a type with a complaint or incident segment, or a subject naming an incident`,
      { type },
    );
  }
}
