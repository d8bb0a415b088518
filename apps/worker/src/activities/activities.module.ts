import { Module } from '@nestjs/common';
import { CalendarsModule } from '@recovery/calendars';
import { delegationInlineProjections } from '@recovery/delegations';
import { EventStoreModule } from '@recovery/event-store';
import { incidentInlineProjections } from '@recovery/incidents';
import { PoliciesModule } from '@recovery/policies';
import { DelegationExpiryActivitiesService } from './delegation-expiry.activities';
import { NOTIFICATION_PORT } from './notification.port';
import { RecordingNotificationAdapter } from './recording-notification.adapter';
import { RecoveryActivitiesService } from './recovery-activities.service';
import { RemedyDeliveryService } from './remedy-delivery.service';

/**
 * Activities of the recovery workflow. A follow-up is recorded as FollowUpSent;
 * webhook subscriptions to that event carry it out (one outbound path). The activities are the only writers of incident events, so
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
    { provide: NOTIFICATION_PORT, useClass: RecordingNotificationAdapter },
    RemedyDeliveryService,
    RecoveryActivitiesService,
    DelegationExpiryActivitiesService,
  ],
  exports: [RecoveryActivitiesService, DelegationExpiryActivitiesService],
})
export class ActivitiesModule {}
