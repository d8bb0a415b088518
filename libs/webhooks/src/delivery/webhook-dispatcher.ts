import { setTimeout as delay } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { type EventStore } from '@recovery/event-store';
import { toWebhookMessage } from './cloud-event-message.util';
import { type AttemptRecord, DeliveryQueue, type DueDelivery } from './delivery-queue';
import { postWebhook } from './post-webhook.util';
import { decideRetry } from './retry-schedule.util';

/** What became of one attempt: sent, to be tried again, or given up. */
export const DELIVERY_OUTCOMES = ['delivered', 'retry', 'failed'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

export interface DispatcherOptions {
  /** How long a failing delivery is retried before it is marked failed. */
  retryWindowMs: number;
  allowPrivateTargets: boolean;
  /**
   * Opens the personal text sealed in an event as it leaves (issue 14): a receiver gets
   * what staff wrote, or "[erased]" once the customer was erased, on redelivery too.
   */
  reveal: <T>(value: T) => Promise<T>;
  /** Told of every attempt's outcome (the worker counts them in its metrics). */
  onOutcome?: (outcome: DeliveryOutcome) => void;
  /** Told when an attempt could not be recorded (the store is down): it stays due. */
  onError?: (error: unknown) => void;
  pollIntervalMs?: number;
  attemptTimeoutMs?: number;
  /** Deliveries in flight at once, across receivers. */
  concurrency?: number;
}

// One active dispatcher across worker replicas: a session advisory lock, as projections hold.
const DISPATCHER_LOCK = `SELECT pg_try_advisory_lock(hashtextextended('webhook-dispatcher', 0)) AS locked`;
const DISPATCHER_UNLOCK = `SELECT pg_advisory_unlock(hashtextextended('webhook-dispatcher', 0))`;

/** Another replica's dispatcher holds the lock; this one stands by. */
export class DispatcherAlreadyRunning extends Error {
  constructor() {
    super('the webhook dispatcher runs in another worker');
  }
}

/**
 * Sends queued webhook deliveries: each attempt signed afresh, 2xx counts as delivered,
 * anything else (a status, a refused connection, a timeout) is retried with back-off
 * until the retry window closes, then the delivery is marked failed. Deliveries to
 * different receivers and incidents run side by side; one incident's events for one
 * subscription go one at a time, in stream order.
 */
export class WebhookDispatcher {
  private readonly queue: DeliveryQueue;
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly options: DispatcherOptions,
  ) {
    this.queue = new DeliveryQueue(dataSource);
  }

  /** Sends what is due until `signal` aborts, then waits for the attempts in flight. */
  async run(signal: AbortSignal): Promise<void> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = (await lock.query(DISPATCHER_LOCK)) as { locked: boolean }[];
      if (!locked) throw new DispatcherAlreadyRunning();
      try {
        await this.dispatchUntil(signal);
      } finally {
        await lock.query(DISPATCHER_UNLOCK);
      }
    } finally {
      await lock.release();
    }
  }

  private async dispatchUntil(signal: AbortSignal): Promise<void> {
    const concurrency = this.options.concurrency ?? 16;
    while (!signal.aborted) {
      const room = concurrency - this.inFlight.size;
      const due = room > 0 ? await this.queue.due(room, [...this.inFlight.keys()]) : [];
      for (const delivery of due) this.start(delivery);
      await delay(this.options.pollIntervalMs ?? 200, undefined, { signal }).catch(() => {
        // aborted: shutting down
      });
    }
    await Promise.all(this.inFlight.values());
  }

  private start(delivery: DueDelivery): void {
    const attempt = this.attempt(delivery)
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => this.inFlight.delete(delivery.deliveryId));
    this.inFlight.set(delivery.deliveryId, attempt);
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const [event] = await this.store.readStream(delivery.streamId, {
      fromVersion: delivery.streamVersion,
      limit: 1,
    });
    if (event?.streamVersion !== delivery.streamVersion) {
      await this.queue.failed(delivery.deliveryId, {
        statusCode: null,
        error: `event ${delivery.streamId}@${delivery.streamVersion} is no longer in the store`,
      });
      return this.options.onOutcome?.('failed');
    }
    const message = toWebhookMessage(await this.options.reveal(event), {
      ...delivery,
      sentAt: new Date(),
    });
    const result = await postWebhook(delivery.url, message, {
      timeoutMs: this.options.attemptTimeoutMs ?? 10_000,
      allowPrivateTargets: this.options.allowPrivateTargets,
    }).then(
      (statusCode): AttemptRecord => ({
        statusCode,
        error: statusCode >= 200 && statusCode < 300 ? null : `receiver answered ${statusCode}`,
      }),
      (error: unknown): AttemptRecord => ({ statusCode: null, error: describe(error) }),
    );
    // Recorded first: `onOutcome?.(await …)` would skip the await when no one listens.
    const outcome = await this.record(delivery, result);
    this.options.onOutcome?.(outcome);
  }

  private async record(delivery: DueDelivery, result: AttemptRecord): Promise<DeliveryOutcome> {
    if (result.error === null) {
      await this.queue.delivered(delivery.deliveryId, result);
      return 'delivered';
    }
    const now = new Date();
    const retryingSince = delivery.retryingSince ?? now;
    const decision = decideRetry({
      failedAttempts: delivery.attempts + 1,
      retryingSince,
      now,
      windowMs: this.options.retryWindowMs,
    });
    if (decision.kind === 'give_up') {
      await this.queue.failed(delivery.deliveryId, result);
      return 'failed';
    }
    await this.queue.retryAt(delivery.deliveryId, result, { at: decision.at, retryingSince });
    return 'retry';
  }
}

/** What an attempt met, for the delivery's `lastError`: a timeout by name, else the error's code and message. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'AbortError') return 'the receiver did not answer in time';
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message}` : error.message;
}
