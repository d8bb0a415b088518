import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { DependencyUnavailable } from '@recovery/domain';
import { ChangeCoalescer } from './change-coalescer';
import { type LiveChange } from './live-change';
import { isVisibleTo, type LiveViewer } from './live-filter.util';
import { LiveStreamsExhausted, TooManyLiveStreams } from './live-stream.errors';
import { changeFrame, SSE_KEEP_ALIVE, sseEvent, sseRetry } from './sse-frame.util';

/** Streams one API process serves: each holds a socket, and a file descriptor, open. */
export const MAX_LIVE_STREAMS = 500;
/** Streams per person: one per console tab is plenty. */
export const MAX_LIVE_STREAMS_PER_PERSON = 8;
/** The `retry:` hint: how soon a client reconnects after a drop. */
export const LIVE_RETRY_MS = 3_000;
export const KEEP_ALIVE_MS = 15_000;
const COALESCE_MS = 100;
// A client that stops reading would make the process buffer its events without
// bound; past this it is cut off and reconnects (`retry:`), then refetches.
const MAX_BUFFERED_BYTES = 256 * 1024;

// setTimeout's longest delay; a token valid for longer ends its stream early, and the client reconnects.
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Subscriber {
  viewer: LiveViewer;
  response: Response;
}

/**
 * The subscribers of `GET /v1/stream` in this process: admits them within bounds,
 * fans each change out to those allowed to see it, and tells them when changes
 * stop arriving (`offline`) and when they arrive again (`ready`: refetch, since
 * whatever changed in between was not sent).
 */
@Injectable()
export class LiveSubscribers implements OnModuleInit, OnModuleDestroy {
  private readonly subscribers = new Set<Subscriber>();
  private readonly coalescer = new ChangeCoalescer(COALESCE_MS, (changes) => this.deliver(changes));
  private receiving = false;
  private keepAlive: NodeJS.Timeout | undefined;

  onModuleInit(): void {
    this.keepAlive = setInterval(() => this.broadcast(() => SSE_KEEP_ALIVE), KEEP_ALIVE_MS);
    this.keepAlive.unref();
  }

  // Before the HTTP server closes: it waits for open responses, and a stream never ends.
  onModuleDestroy(): void {
    clearInterval(this.keepAlive);
    this.coalescer.flush();
    for (const { response } of this.subscribers) response.end();
    this.subscribers.clear();
  }

  /**
   * Starts the event stream on `response`, or throws the problem that refuses it.
   * At `expiresAt` (the token's exp) the stream says `expired` and ends: a stream
   * must not outlive the authority it was opened with (issue 11).
   */
  open(viewer: LiveViewer, request: Request, response: Response, expiresAt?: Date): void {
    if (!this.receiving) throw new DependencyUnavailable('postgres', { retryAfterSeconds: 5 });
    if (this.subscribers.size >= MAX_LIVE_STREAMS) {
      throw new LiveStreamsExhausted(MAX_LIVE_STREAMS, LIVE_RETRY_MS / 1000);
    }
    if (this.countOf(viewer.subject) >= MAX_LIVE_STREAMS_PER_PERSON) {
      throw new TooManyLiveStreams(MAX_LIVE_STREAMS_PER_PERSON);
    }
    const subscriber: Subscriber = { viewer, response };
    this.subscribers.add(subscriber);
    const expiry = expiresAt && this.endAt(subscriber, expiresAt);
    request.on('close', () => {
      clearTimeout(expiry);
      this.subscribers.delete(subscriber);
    });
    response.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.flushHeaders();
    this.write(subscriber, sseRetry(LIVE_RETRY_MS) + readyFrame(viewer));
  }

  /** Queues a change from the listener; subscribers get it within the coalescing window. */
  publish(change: LiveChange): void {
    this.coalescer.add(change);
  }

  /** The listener hears PostgreSQL again: every open stream is told to refetch. */
  receivingResumed(): void {
    if (this.receiving) return;
    this.receiving = true;
    this.broadcast(({ viewer }) => readyFrame(viewer));
  }

  /** The listener lost PostgreSQL: changes may be missed until `ready`, so clients poll. */
  receivingStopped(): void {
    if (!this.receiving) return;
    this.receiving = false;
    this.coalescer.flush();
    this.broadcast(() => sseEvent('offline', { dependency: 'postgres' }));
  }

  /** Open streams (for tests and metrics). */
  get size(): number {
    return this.subscribers.size;
  }

  private deliver(changes: LiveChange[]): void {
    // One write per subscriber per batch: a change's frames reach a client together.
    this.broadcast(({ viewer }) =>
      changes
        .filter((change) => isVisibleTo(viewer, change))
        .map(changeFrame)
        .join(''),
    );
  }

  private broadcast(frameFor: (subscriber: Subscriber) => string): void {
    for (const subscriber of this.subscribers) {
      const frame = frameFor(subscriber);
      if (frame) this.write(subscriber, frame);
    }
  }

  private write(subscriber: Subscriber, frame: string): void {
    const { response } = subscriber;
    if (response.writableEnded || response.destroyed) {
      this.subscribers.delete(subscriber);
      return;
    }
    if (response.writableLength > MAX_BUFFERED_BYTES) {
      this.subscribers.delete(subscriber);
      response.destroy();
      return;
    }
    response.write(frame);
  }

  private endAt(subscriber: Subscriber, expiresAt: Date): NodeJS.Timeout {
    const delay = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS);
    return setTimeout(() => {
      this.write(subscriber, sseEvent('expired', { expiresAt: expiresAt.toISOString() }));
      this.subscribers.delete(subscriber);
      subscriber.response.end();
    }, delay).unref();
  }

  private countOf(subject: string): number {
    let count = 0;
    for (const { viewer } of this.subscribers) if (viewer.subject === subject) count += 1;
    return count;
  }
}

function readyFrame(viewer: LiveViewer): string {
  return sseEvent('ready', { sites: viewer.sites, approvals: viewer.approvalSites.length > 0 });
}
