import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '@recovery/config';
import { LIVE_CHANGES_CHANNEL, parseLiveChange } from './live-change';
import { LiveSubscribers } from './live-subscribers.service';

/** The listener's application_name in pg_stat_activity (tests end its backend by it). */
export const LISTENER_APPLICATION_NAME = 'recovery-live';
const CONNECT_TIMEOUT_MS = 5_000;
// A connection can die without a word (a dropped route, a frozen server); LISTEN alone
// never notices, so the listener asks for an answer this often and gives up after the timeout.
const PING_EVERY_MS = 15_000;
const PING_TIMEOUT_MS = 5_000;
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/**
 * The API's one dedicated PostgreSQL connection that LISTENs to read-model changes
 * (written by the worker's triggers, see the NotifyLiveChanges migration) and hands
 * them to the subscribers. Pooled connections cannot LISTEN: a notification goes to
 * the session, and the pool hands sessions around. When the connection drops it
 * reconnects with capped exponential backoff and jitter, and the subscribers are
 * told in between.
 */
@Injectable()
export class LiveChangesListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveChangesListener.name);
  private client: pg.Client | undefined;
  private failures = 0;
  private stopped = false;
  private reconnect: NodeJS.Timeout | undefined;
  private ping: NodeJS.Timeout | undefined;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(LiveSubscribers) private readonly subscribers: LiveSubscribers,
  ) {}

  // Awaited, so the API takes streams as soon as it listens; a failure here only
  // starts the reconnect loop (the database module has already refused a dead server).
  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    clearInterval(this.ping);
    await this.client?.end().catch(() => undefined); // already broken: nothing to close
    this.client = undefined;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.databaseUrl,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: PING_TIMEOUT_MS,
      keepAlive: true,
    });
    let lost = false;
    const lose = (error?: unknown): void => {
      if (lost) return;
      lost = true;
      this.lost(client, error);
    };
    client.on('error', lose);
    client.on('end', () => lose());
    client.on('notification', (message) => this.received(message));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANGES_CHANNEL}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (this.stopped || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.failures > 0) this.logger.log(`listening again after ${this.failures} attempt(s)`);
    this.client = client;
    this.failures = 0;
    this.ping = setInterval(() => {
      client.query('SELECT 1').catch(lose);
    }, PING_EVERY_MS);
    this.ping.unref();
    this.subscribers.receivingResumed();
  }

  private received(message: pg.Notification): void {
    if (message.channel !== LIVE_CHANGES_CHANNEL) return;
    const change = parseLiveChange(message.payload);
    if (change) this.subscribers.publish(change);
    else this.logger.warn(`dropped a malformed live change: ${String(message.payload)}`);
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client === client) {
      this.client = undefined;
      clearInterval(this.ping);
    }
    client.end().catch(() => undefined); // the socket is gone or going; free what is left
    if (this.stopped) return;
    this.subscribers.receivingStopped();
    if (this.failures === 0) {
      this.logger.warn(
        `live changes listener lost PostgreSQL, reconnecting: ${error instanceof Error ? error.message : 'connection ended'}`,
      );
    }
    const delay = backoffMs(this.failures);
    this.failures += 1;
    this.reconnect = setTimeout(() => void this.connect(), delay);
    this.reconnect.unref();
  }
}

/** Capped exponential backoff with jitter: replicas do not reconnect in lockstep. */
function backoffMs(failures: number): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** failures);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
