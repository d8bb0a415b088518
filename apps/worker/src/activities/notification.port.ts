import { type SendFollowUpInput, type SendFollowUpResult } from '@recovery/workflows';

/**
 * Where follow-ups to customers go (DOMAIN.md §6). The recording adapter names the
 * follow-up; webhook subscriptions to FollowUpSent carry it out of the system.
 */
export interface NotificationPort {
  sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult>;
}

/** DI token for the notification port (a symbol: no string tokens). */
export const NOTIFICATION_PORT = Symbol('NOTIFICATION_PORT');
