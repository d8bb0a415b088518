import { Module } from '@nestjs/common';
import { CalendarsModule } from '@recovery/calendars';
import { AppConfig } from '@recovery/config';
import { delegationInlineProjections } from '@recovery/delegations';
import { EventStoreModule } from '@recovery/event-store';
import { incidentInlineProjections } from '@recovery/incidents';
import { PoliciesModule } from '@recovery/policies';
import { DelegationExpiryActivitiesService } from './delegation-expiry.activities';
import { NOTIFICATION_PORT, type NotificationPort } from './notification.port';
import { RecordingNotificationAdapter } from './recording-notification.adapter';
import { RecoveryActivitiesService } from './recovery-activities.service';
import { RemedyDeliveryService } from './remedy-delivery.service';
import { WebhookNotificationAdapter } from './webhook-notification.adapter';

/**
 * Activities of the recovery workflow; the notification adapter is chosen from
 * configuration. The activities are the only writers of incident events, so
 * their store carries the inline incident projection: the API reads its own
 * writes from the same transaction.
 */
@Module({
  imports: [
    // Delegation expiry (issue 12) appends through this store too.
    EventStoreModule.forRoot({
      inlineProjections: [...incidentInlineProjections, ...delegationInlineProjections],
    }),
    // A closed incident's new run reads the policy and calendar versions it is pinned to.
    PoliciesModule,
    CalendarsModule,
  ],
  providers: [
    {
      provide: NOTIFICATION_PORT,
      inject: [AppConfig],
      useFactory: (config: AppConfig): NotificationPort =>
        config.notificationWebhookUrl
          ? new WebhookNotificationAdapter(config.notificationWebhookUrl)
          : new RecordingNotificationAdapter(),
    },
    RemedyDeliveryService,
    RecoveryActivitiesService,
    DelegationExpiryActivitiesService,
  ],
  exports: [RecoveryActivitiesService, DelegationExpiryActivitiesService],
})
export class ActivitiesModule {}
