import { DomainError } from '@recovery/domain';

/** The incident's customer was erased: it takes no new text about them. */
export class CustomerDataErasedConflict extends DomainError {
  readonly code = 'customer_data_erased';
  readonly kind = 'conflict';
  constructor(incidentId: string) {
    super(
      `the personal data of incident ${incidentId}'s customer was erased; it takes no new text about them`,
      { incidentId },
    );
  }
}
