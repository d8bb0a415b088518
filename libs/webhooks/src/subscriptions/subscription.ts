/** Where matching incident events are sent, and which ones (issue 13). */
export interface WebhookSubscription {
  subscriptionId: string;
  url: string;
  /** Incident event type names, e.g. IncidentEscalated. */
  eventTypes: string[];
  /** Site codes whose incidents' events are sent; `*` for every site. */
  sites: string[];
  createdAt: string;
  createdBy: string;
}

/** What an admin asks for; validated by SubscriptionsService.create. */
export interface SubscriptionRequest {
  url: string;
  eventTypes: string[];
  /** Absent: every site the caller covers (`*` for an admin of all sites). */
  sites?: string[];
}

/** A subscription as created: its signing secret is shown this once, never again. */
export interface CreatedSubscription extends WebhookSubscription {
  secret: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event on its way to one subscription, with what its attempts met. */
export interface WebhookDelivery {
  /** The `webhook-id` the receiver sees, on every attempt and redelivery. */
  deliveryId: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  streamId: string;
  streamVersion: number;
  status: DeliveryStatus;
  attempts: number;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
