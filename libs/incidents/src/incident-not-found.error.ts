import { DomainError } from '@recovery/domain';

/**
 * No incident with this id, or none the caller may see: the two are answered
 * alike so an id from another site reveals nothing.
 */
export class IncidentNotFound extends DomainError {
  readonly code = 'incident_not_found';
  readonly kind = 'not_found';
  constructor(incidentId: string) {
    super(`incident ${incidentId} does not exist`, { incidentId });
  }
}

/** The list cursor is not one this API handed out. */
export class InvalidCursor extends DomainError {
  readonly code = 'invalid_cursor';
  readonly kind = 'invalid';
  constructor() {
    super('cursor is not valid; pass the nextCursor of a previous page', {
      errors: [{ field: 'cursor', message: 'must be the nextCursor of a previous page' }],
    });
  }
}
