import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '@recovery/config';
import { WorkerMetricsService } from './worker-metrics.service';

/**
 * Serves GET /metrics on WORKER_METRICS_PORT: the worker has no HTTP app of its
 * own, and Prometheus needs a target per worker replica.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private readonly server = createServer((request, response) => {
    void this.answer(request, response);
  });

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(WorkerMetricsService) private readonly metrics: WorkerMetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.server.listen(this.config.workerMetricsPort);
    await once(this.server, 'listening');
    this.logger.log(`metrics on http://localhost:${this.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise((closed) => this.server.close(closed));
  }

  /** The port it listens on (the OS's pick when WORKER_METRICS_PORT is 0). */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: GET /metrics\n');
      return;
    }
    try {
      const body = await this.metrics.exposition();
      response.writeHead(200, { 'Content-Type': this.metrics.contentType }).end(body);
    } catch (error) {
      this.logger.error(`metrics scrape failed: ${String(error)}`);
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${String(error)}\n`);
    }
  }
}
