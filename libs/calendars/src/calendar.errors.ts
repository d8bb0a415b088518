import { DomainError, type FieldError } from '@recovery/domain';

/** A calendar document validateCalendarDocument refused; `errors` names each bad field. */
export class InvalidCalendarDocument extends DomainError {
  readonly code = 'invalid_calendar_document';
  readonly kind = 'unprocessable';
  constructor(readonly errors: FieldError[]) {
    super(
      `calendar document is invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}

export class CalendarNotFound extends DomainError {
  readonly code = 'calendar_not_found';
  readonly kind = 'not_found';
  constructor(key: string, version?: number) {
    super(
      version === undefined
        ? `no calendar with key ${key}`
        : `no version ${version} of calendar ${key}`,
      { key, version },
    );
  }
}

/** A site registration refused (an unknown zone or calendar); `errors` names each field. */
export class InvalidSiteRegistration extends DomainError {
  readonly code = 'invalid_site_registration';
  readonly kind = 'unprocessable';
  constructor(
    readonly site: string,
    readonly errors: FieldError[],
  ) {
    super(
      `site ${site} cannot be registered: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      { site, errors },
    );
  }
}
