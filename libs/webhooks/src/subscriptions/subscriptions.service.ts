import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@recovery/config';
import { isUuid, sitesCover } from '@recovery/domain';
import { type Caller } from '@recovery/incidents';
import { generateSigningSecret } from '../signing/standard-webhooks.util';
import { targetUrlProblem } from '../target-url/target-url';
import {
  type CreatedSubscription,
  type DeliveryStatus,
  type SubscriptionRequest,
  type WebhookDelivery,
  type WebhookSubscription,
} from './subscription';
import {
  DeliveryNotFound,
  InvalidSubscription,
  SubscriptionNotFound,
  SubscriptionSiteForbidden,
} from './subscription.errors';
import { SubscriptionRepository } from './subscription.repository';

/**
 * Webhook subscriptions, as admins manage them. An admin of some sites subscribes to,
 * sees and ends only subscriptions within those sites; one of every site (`*`) to all.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    @Inject(SubscriptionRepository) private readonly repository: SubscriptionRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async create(request: SubscriptionRequest, caller: Caller): Promise<CreatedSubscription> {
    const sites = request.sites ?? [...caller.sites];
    const uncovered = sites.filter((site) => !coveredBy(caller, site));
    if (uncovered.length > 0) throw new SubscriptionSiteForbidden(uncovered);
    const problem = await targetUrlProblem(request.url, {
      allowPrivateTargets: this.config.webhooks.allowPrivateTargets,
    });
    if (problem) throw new InvalidSubscription([{ field: 'url', message: `url ${problem}` }]);
    return this.repository.insert({
      subscriptionId: randomUUID(),
      url: request.url,
      eventTypes: [...new Set(request.eventTypes)],
      sites,
      secret: generateSigningSecret(),
      createdBy: caller.actor.id,
    });
  }

  async list(caller: Caller): Promise<WebhookSubscription[]> {
    return (await this.repository.listActive()).filter((subscription) =>
      visibleTo(caller, subscription),
    );
  }

  async end(subscriptionId: string, caller: Caller): Promise<void> {
    await this.visible(subscriptionId, caller);
    if (!(await this.repository.end(subscriptionId, caller.actor.id)))
      throw new SubscriptionNotFound(subscriptionId);
  }

  async deliveries(
    subscriptionId: string,
    page: { limit: number; before?: number; status?: DeliveryStatus },
    caller: Caller,
  ): Promise<{ deliveries: WebhookDelivery[]; lastSequence?: number }> {
    await this.visible(subscriptionId, caller);
    return this.repository.deliveries(subscriptionId, page);
  }

  async redeliver(
    subscriptionId: string,
    deliveryId: string,
    caller: Caller,
  ): Promise<WebhookDelivery> {
    await this.visible(subscriptionId, caller);
    const delivery = isUuid(deliveryId)
      ? await this.repository.requeue(subscriptionId, deliveryId)
      : undefined;
    if (!delivery) throw new DeliveryNotFound(subscriptionId, deliveryId);
    return delivery;
  }

  /** The caller's view of one active subscription: others' read as absent, not forbidden. */
  private async visible(subscriptionId: string, caller: Caller): Promise<WebhookSubscription> {
    const subscription = isUuid(subscriptionId)
      ? await this.repository.findActive(subscriptionId)
      : undefined;
    if (!subscription || !visibleTo(caller, subscription))
      throw new SubscriptionNotFound(subscriptionId);
    return subscription;
  }
}

// A subscription's `*` is covered only by a caller's `*`: sitesCover(['AMS'], '*') is false.
const coveredBy = (caller: Caller, site: string): boolean => sitesCover(caller.sites, site);

const visibleTo = (caller: Caller, subscription: WebhookSubscription): boolean =>
  subscription.sites.every((site) => coveredBy(caller, site));
