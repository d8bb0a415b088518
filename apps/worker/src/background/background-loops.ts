import { type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * A worker service whose loops run from boot until shutdown: they start once the
 * application is up, and shutdown aborts them and waits until each has ended.
 */
export abstract class BackgroundLoops implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly stop = new AbortController();
  private loops: Promise<void>[] = [];

  /** Starts the loops; each ends soon after `signal` aborts. */
  protected abstract startLoops(signal: AbortSignal): Promise<void>[];

  onApplicationBootstrap(): void {
    this.loops = this.startLoops(this.stop.signal);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await Promise.all(this.loops);
  }
}
