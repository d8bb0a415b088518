import { ApplicationFailure } from '@temporalio/activity';
import { type SendFollowUpInput, type SendFollowUpResult } from '@recovery/workflows';
import { type NotificationPort } from './notification.port';

/**
 * Posts each follow-up as JSON to NOTIFICATION_WEBHOOK_URL. The follow-up id is
 * sent as Idempotency-Key: the activity runs at least once, so the receiver may
 * see a retry and must be able to drop it.
 */
export class WebhookNotificationAdapter implements NotificationPort {
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async sendFollowUp(input: SendFollowUpInput): Promise<SendFollowUpResult> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': input.followUpId },
      body: JSON.stringify({ type: 'follow_up', ...input }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      // 4xx other than 408/429 will not heal by retrying; everything else may.
      const permanent =
        response.status >= 400 &&
        response.status < 500 &&
        response.status !== 408 &&
        response.status !== 429;
      throw ApplicationFailure.create({
        type: 'NotificationWebhookFailed',
        message: `notification webhook answered ${response.status}`,
        nonRetryable: permanent,
      });
    }
    return {
      adapter: 'webhook',
      notificationRef: response.headers.get('location') ?? `webhook:${input.followUpId}`,
    };
  }
}
