import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { postWebhook } from './post-webhook.util';

const message = { headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };

describe('postWebhook', () => {
  let server: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      received += 1;
      request.resume();
      response.statusCode = request.url === '/moved' ? 302 : 204;
      if (request.url === '/moved') response.setHeader('location', 'http://127.0.0.1:1/');
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (received = 0));

  const open = { timeoutMs: 2_000, allowPrivateTargets: true };
  const guarded = { timeoutMs: 2_000, allowPrivateTargets: false };

  it('answers the receiver’s status and never follows a redirect', async () => {
    expect(await postWebhook(`http://127.0.0.1:${port}/in`, message, open)).toBe(204);
    expect(await postWebhook(`http://127.0.0.1:${port}/moved`, message, open)).toBe(302);
    expect(received).toBe(2);
  });

  it('refuses a loopback address and a name that resolves to one, before sending anything', async () => {
    await expect(postWebhook(`http://127.0.0.1:${port}/in`, message, guarded)).rejects.toThrow(
      '127.0.0.1 resolves to 127.0.0.1, not a public address',
    );
    await expect(postWebhook(`http://localhost:${port}/in`, message, guarded)).rejects.toThrow(
      /localhost resolves to (127\.0\.0\.1|::1), not a public address/,
    );
    expect(received).toBe(0);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const silent = createServer(() => undefined); // never responds
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    await expect(
      postWebhook(target, message, { timeoutMs: 200, allowPrivateTargets: true }),
    ).rejects.toThrow(/aborted|timeout/i);
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
