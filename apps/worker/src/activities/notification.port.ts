import { type SendFollowUpInput, type SendFollowUpResult } from '@recovery/workflows';

/** Where follow-ups to customers go (DOMAIN.md §6). Adapters: recording (default) and webhook. */
export interface NotificationPort {
  sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult>;
}

/** DI token for the notification port (a symbol: no string tokens). */
export const NOTIFICATION_PORT = Symbol('NOTIFICATION_PORT');
