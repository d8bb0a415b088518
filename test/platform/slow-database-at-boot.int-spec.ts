import { type AddressInfo, type Socket, connect, createServer } from 'node:net';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  dataSourceOptions,
  initializeAtBoot,
} from '@recovery/database';
import { fromGlobalSetup } from '../support/test-database';

const CONNECT_TIMEOUT_MS = 300;

/**
 * A relay to the real PostgreSQL that leaves its first `silentConnections`
 * connections unanswered, as a database (or a boot's own event loop) too busy to
 * answer in time would.
 */
async function startRelay(
  silentConnections: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(fromGlobalSetup('DATABASE_URL'));
  const held: Socket[] = [];
  const server = createServer((client) => {
    if (held.length < silentConnections) return void held.push(client);
    const upstream = connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const relayed = new URL(target);
  relayed.port = String((server.address() as AddressInfo).port);
  const close = async () => {
    held.forEach((socket) => socket.destroy());
    await new Promise((closed) => server.close(closed));
  };
  return { url: relayed.toString(), close };
}

describe('opening the database at boot', () => {
  it('tries a connection that timed out again instead of failing the boot', async () => {
    const relay = await startRelay(2);
    const dataSource = await initializeAtBoot(
      dataSourceOptions(relay.url, 'boot-test', CONNECT_TIMEOUT_MS),
    );
    try {
      expect(await dataSource.query('SELECT 1 AS answer')).toEqual([{ answer: 1 }]);
    } finally {
      await dataSource.destroy();
      await relay.close();
    }
  });

  it('fails at once, naming the database, when the connection is refused', async () => {
    const port = await portNobodyListensOn();
    const url = `postgres://someone:secret@127.0.0.1:${port}/nowhere`;
    const started = Date.now();
    await expect(
      initializeAtBoot(dataSourceOptions(url, 'boot-test', CONNECT_TIMEOUT_MS)),
    ).rejects.toThrow(
      `Cannot connect to PostgreSQL at postgres://someone:***@127.0.0.1:${port}/nowhere`,
    );
    // Not tried again: a timeout would be, until DEFAULT_CONNECT_TIMEOUT_MS had passed.
    expect(Date.now() - started).toBeLessThan(DEFAULT_CONNECT_TIMEOUT_MS / 2);
  });
});

async function portNobodyListensOn(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((listening) => server.once('listening', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}
