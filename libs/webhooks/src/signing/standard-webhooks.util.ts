import { createHmac, randomBytes } from 'node:crypto';

// The Standard Webhooks specification (standardwebhooks.com): a `whsec_`-prefixed
// base64 key, and an HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>".
const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

/** A new signing secret, shown to the subscriber once. */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

export interface WebhookSignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * The three headers that let a receiver check that a message comes from us, unaltered,
 * and recently: the same `webhook-id` on every attempt, so it can drop repeats.
 */
export function signWebhook(
  secret: string,
  message: { id: string; sentAt: Date; body: string },
): WebhookSignatureHeaders {
  const timestamp = String(Math.floor(message.sentAt.getTime() / 1000));
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  const signature = createHmac('sha256', key)
    .update(`${message.id}.${timestamp}.${message.body}`)
    .digest('base64');
  return {
    'webhook-id': message.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}
