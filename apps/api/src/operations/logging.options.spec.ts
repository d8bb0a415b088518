import { once } from 'node:events';
import { type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { type Options, pinoHttp } from 'pino-http';
import { toAppConfig, validateEnvironment } from '@recovery/config';
import { loggingOptions } from './logging.options';

/** Request logs written by pino-http with our options, for requests served by express. */
async function logsOf(paths: { method: 'GET' | 'POST'; path: string }[]): Promise<string> {
  let written = '';
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => ((written += chunk.toString()), done()),
  });
  const environment = { DATABASE_URL: 'postgres://u@h/db', TEMPORAL_ADDRESS: 'localhost:7233' };
  const config = toAppConfig(validateEnvironment(environment));
  const options = loggingOptions(config).pinoHttp as Options;
  const app = express();
  app.use(pinoHttp(options, sink));
  app.get('/v1/incidents', (_request, response) => void response.json({ items: [] }));
  app.post('/v1/customers/:customerRef/erasure', (_request, response) => void response.json({}));
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const { method, path } of paths) await (await fetch(`${base}${path}`, { method })).text();
  } finally {
    server.close();
  }
  return written;
}

describe('request logs', () => {
  it('hold no customer reference, from the search or from a customer route', async () => {
    const logs = await logsOf([
      { method: 'GET', path: '/v1/incidents?status=open&q=C-31337&limit=5' },
      { method: 'POST', path: '/v1/customers/C-31337/erasure' },
    ]);
    expect(logs).not.toContain('C-31337');
    expect(logs).toContain('"url":"/v1/incidents?status=open&q=***&limit=5"');
    expect(logs).toContain('"url":"/v1/customers/***/erasure"');
  });

  it('keep every other URL as it was', async () => {
    const logs = await logsOf([{ method: 'GET', path: '/v1/incidents?status=open&site=AMS' }]);
    expect(logs).toContain('"url":"/v1/incidents?status=open&site=AMS"');
  });
});
