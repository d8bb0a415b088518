import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from '../target-url/private-networks';
import { hostOf, NonPublicTarget, publicOnlyLookup } from '../target-url/target-url';
import { type WebhookMessage } from './cloud-event-message.util';

export interface PostOptions {
  timeoutMs: number;
  allowPrivateTargets: boolean;
}

/**
 * POSTs a message and resolves with the receiver's status code; rejects on a network
 * failure, a timeout or a non-public target. Redirects are not followed: a receiver
 * cannot bounce a delivery into the internal network. The response body is drained,
 * never kept.
 */
export function postWebhook(
  target: string,
  message: WebhookMessage,
  options: PostOptions,
): Promise<number> {
  const url = new URL(target);
  const host = hostOf(url);
  // Literal addresses never reach a lookup, so they are checked here.
  if (!options.allowPrivateTargets && isIP(host) && !isPublicAddress(host))
    return Promise.reject(new NonPublicTarget(host, host));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'POST',
      headers: {
        ...message.headers,
        'content-length': Buffer.byteLength(message.body),
        'user-agent': 'service-recovery-webhooks/1',
      },
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.allowPrivateTargets ? {} : { lookup: publicOnlyLookup }),
    });
    outgoing.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(message.body);
  });
}
