import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request as the receiver got it. */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
  answered: number;
}

/**
 * A real local webhook receiver: it records every request, answers 200 unless told
 * otherwise, and can go down and come back on the same port, as a
 * receiver being redeployed does.
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly answers: number[] = [];
  private usualAnswer = 200;
  private server?: Server;

  private constructor(private port: number) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(0);
    await receiver.listen();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** The next requests get these statuses, in order; then the usual answer again. */
  answerNext(...statuses: number[]): void {
    this.answers.push(...statuses);
  }

  /** Every request from now on gets `status` (200 at first). */
  answerAlways(status: number): void {
    this.usualAnswer = status;
  }

  /** Requests that carry a valid Standard Webhooks signature for `secret`, with their payload. */
  verified(secret: string): (ReceivedRequest & { payload: Record<string, unknown> })[] {
    const webhook = new Webhook(secret);
    return this.requests.map((request) => ({
      ...request,
      payload: webhook.verify(request.body, request.headers as Record<string, string>) as Record<
        string,
        unknown
      >,
    }));
  }

  /** Requests about one incident, by `ce-subject`. */
  about(incidentId: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.headers['ce-subject'] === incidentId);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again on the same port. */
  async restart(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    const server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const answered = this.answers.shift() ?? this.usualAnswer;
        this.requests.push({ headers: request.headers, body, receivedAt: Date.now(), answered });
        response.statusCode = answered;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }
}
