import { Agent, request } from 'node:http';

// Node's server closes a socket idle for 5 s (keepAliveTimeout); a client that reuses it
// at that moment gets ECONNRESET (bench:path did, six minutes in). The agent drops its
// free sockets first. A request in flight is not bounded by it (no 'timeout' listener).
const FREE_SOCKET_MS = 4_000;

/** A response: its status and its parsed JSON body (undefined when empty). */
export interface JsonResponse {
  status: number;
  body: unknown;
}

/**
 * A keep-alive JSON client for one API and one bearer token: `connections`
 * sockets at most, each reused, so a loop pays no TCP handshake per request
 * (as autocannon does not), and the bare loops it is compared with keep their
 * gRPC connection open too.
 */
export class JsonHttp {
  private readonly agent: Agent;

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    connections: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections, timeout: FREE_SOCKET_MS });
  }

  /** Sends one request and reads its whole answer; rejects only when the connection fails. */
  send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<JsonResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.baseUrl}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(payload !== undefined && {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
            }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Sends and returns the body; throws, naming the route and the problem, on any non-2xx. */
  async expectOk<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    if (response.status < 200 || response.status > 299)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as T;
  }

  close(): void {
    this.agent.destroy();
  }
}
