import { DomainError, type FieldError } from '@recovery/domain';

/** A subscription request refused; `errors` names each bad field (nothing is stored). */
export class InvalidSubscription extends DomainError {
  readonly code = 'invalid_subscription';
  readonly kind = 'unprocessable';
  constructor(readonly errors: FieldError[]) {
    super(`subscription is invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, {
      errors,
    });
  }
}

/** Sites the caller does not cover: an admin of some sites subscribes to those only. */
export class SubscriptionSiteForbidden extends DomainError {
  readonly code = 'subscription_site_forbidden';
  readonly kind = 'forbidden';
  constructor(readonly sites: string[]) {
    super(`you may not subscribe to events of site ${sites.join(', ')}`, { sites });
  }
}

export class SubscriptionNotFound extends DomainError {
  readonly code = 'subscription_not_found';
  readonly kind = 'not_found';
  constructor(subscriptionId: string) {
    super(`no subscription ${subscriptionId}`, { subscriptionId });
  }
}

export class DeliveryNotFound extends DomainError {
  readonly code = 'delivery_not_found';
  readonly kind = 'not_found';
  constructor(subscriptionId: string, deliveryId: string) {
    super(`subscription ${subscriptionId} has no delivery ${deliveryId}`, {
      subscriptionId,
      deliveryId,
    });
  }
}
