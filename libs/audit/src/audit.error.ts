import { DomainError } from '@recovery/domain';

/** A report query that cannot be answered as asked (400). */
export class InvalidAuditQuery extends DomainError {
  readonly code = 'invalid_audit_query';
  readonly kind = 'invalid';

  constructor(message: string, field: string) {
    super(message, { errors: [{ field, message }] });
  }
}

/** No event stream exists for the incident asked about (404). */
export class IncidentStreamNotFound extends DomainError {
  readonly code = 'incident_stream_not_found';
  readonly kind = 'not_found';

  constructor(incidentId: string) {
    super(`no events are stored for incident ${incidentId}`, { incidentId });
  }
}

/** Exports hold every site's events; a caller bound to some sites may not take them (403). */
export class AuditExportForbidden extends DomainError {
  readonly code = 'audit_export_forbidden';
  readonly kind = 'forbidden';

  constructor() {
    super('event-log exports cover every site: they need a token for all sites ("*")');
  }
}
