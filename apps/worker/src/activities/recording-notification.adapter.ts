import { type SendFollowUpInput, type SendFollowUpResult } from '@recovery/workflows';
import { type NotificationPort } from './notification.port';

/**
 * Nothing leaves the system here. The FollowUpSent event the workflow stores
 * afterwards is the record of the follow-up, and what webhook subscriptions
 * deliver; this adapter only names it (deterministically, so a retried activity
 * answers the same).
 */
export class RecordingNotificationAdapter implements NotificationPort {
  sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult> {
    return Promise.resolve({
      adapter: 'recording',
      notificationRef: `follow-up:${input.followUpId}`,
    });
  }
}
