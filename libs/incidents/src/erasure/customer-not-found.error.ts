import { DomainError } from '@recovery/domain';

/**
 * No personal data is held for this customer reference: none was ever sealed for it,
 * or it was erased already. The reference is not repeated back: it is personal data.
 */
export class CustomerNotFound extends DomainError {
  readonly code = 'customer_not_found';
  readonly kind = 'not_found';
  constructor() {
    super('no personal data is held for this customer reference');
  }
}
