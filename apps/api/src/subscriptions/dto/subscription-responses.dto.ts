import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_EVENT_TYPES } from '@recovery/domain';
import {
  type CreatedSubscription,
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type WebhookDelivery,
  type WebhookSubscription,
} from '@recovery/webhooks';

/** One subscription as listed: never with its secret. */
export class SubscriptionDto implements WebhookSubscription {
  @ApiProperty({ format: 'uuid' })
  subscriptionId!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;

  @ApiProperty({ type: [String], enum: INCIDENT_EVENT_TYPES })
  eventTypes!: string[];

  @ApiProperty({ type: [String], example: ['AMS'] })
  sites!: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'The admin who created it' })
  createdBy!: string;
}

export class SubscriptionCreatedDto extends SubscriptionDto implements CreatedSubscription {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description:
      'The Standard Webhooks signing secret: shown this once. Verify each delivery’s ' +
      '`webhook-signature` with it (e.g. the `standardwebhooks` library)',
  })
  secret!: string;
}

export class SubscriptionListDto {
  @ApiProperty({ type: [SubscriptionDto] })
  items!: SubscriptionDto[];
}

/** One event on its way to a subscription. */
export class DeliveryDto implements WebhookDelivery {
  @ApiProperty({
    format: 'uuid',
    description: 'The `webhook-id` the receiver sees, the same on every attempt and redelivery',
  })
  deliveryId!: string;

  @ApiProperty({ format: 'uuid' })
  subscriptionId!: string;

  @ApiProperty({ format: 'uuid', description: 'The event (`ce-id`)' })
  eventId!: string;

  @ApiProperty({ enum: INCIDENT_EVENT_TYPES })
  eventType!: string;

  @ApiProperty({ example: 'incident-0b6c1a52-61d3-4a36-9b4f-3c1d3c7c9f10' })
  streamId!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  streamVersion!: number;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: DeliveryStatus;

  @ApiProperty({ type: 'integer', minimum: 0 })
  attempts!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Pending only' })
  nextAttemptAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'What the receiver answered last' })
  lastStatusCode!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed' })
  lastError!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class DeliveryListDto {
  @ApiProperty({ type: [DeliveryDto], description: 'Newest first' })
  items!: DeliveryDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next (older) page; absent: no more',
  })
  nextCursor?: string;
}
