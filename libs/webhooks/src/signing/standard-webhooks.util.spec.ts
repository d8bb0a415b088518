import { Webhook } from 'standardwebhooks';
import { generateSigningSecret, signWebhook } from './standard-webhooks.util';

describe('Standard Webhooks signing', () => {
  const secret = generateSigningSecret();
  const message = { id: 'msg_2b5f', sentAt: new Date(), body: '{"level":1,"to":"supervisor"}' };

  it('is verified by the specification’s own library', () => {
    const headers = signWebhook(secret, message);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(message.body, { ...headers })).toEqual({
      level: 1,
      to: 'supervisor',
    });
  });

  it('is refused for an altered body, another secret or a stale timestamp', () => {
    const headers = { ...signWebhook(secret, message) };
    expect(() => new Webhook(secret).verify('{"level":2}', headers)).toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(message.body, headers)).toThrow();
    const stale = signWebhook(secret, { ...message, sentAt: new Date(Date.now() - 3_600_000) });
    expect(() => new Webhook(secret).verify(message.body, { ...stale })).toThrow(/timestamp/i);
  });

  it('generates a fresh 32-byte secret each time', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(generateSigningSecret()).not.toBe(secret);
  });
});
