import { type UserRole } from '../../apps/api/src/auth/access-matrix';

const MAX_ATTEMPTS = 5;

/** Who a request or a browser session is made as: what the development sign-in asks for. */
export interface Person {
  name: string;
  role: UserRole;
  sites: string[];
}

/**
 * The public API as a script sees it: development tokens from
 * `POST /v1/auth/development-token` (what the console's own sign-in calls), and
 * JSON requests that fail loudly, naming the route and the API's problem.
 */
export class ConsoleApi {
  constructor(readonly baseUrl: string) {}

  /** A bearer token for `person`, issued by the API outside production. */
  async tokenFor(person: Person): Promise<string> {
    const path = '/v1/auth/development-token';
    const response = await this.send('POST', path, undefined, person);
    return (await this.read<{ token: string }>('POST', path, response)).token;
  }

  /**
   * A command. With `idempotencyKey`, a 503 the API says may still be applied
   * (its workflow was slow to take the command) is retried with the same key,
   * after the Retry-After it names, as the API asks its clients to.
   */
  async post<T>(path: string, token: string, body: unknown, idempotencyKey?: string): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await this.send('POST', path, token, body, idempotencyKey);
      const retryAfter = Number(response.headers.get('retry-after') ?? 5);
      if (response.status !== 503 || !idempotencyKey || attempt === MAX_ATTEMPTS)
        return this.read<T>('POST', path, response);
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
  }

  async get<T>(path: string, token: string): Promise<T> {
    return this.read<T>('GET', path, await this.send('GET', path, token));
  }

  private send(
    method: 'GET' | 'POST',
    path: string,
    token: string | undefined,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(idempotencyKey !== undefined && { 'idempotency-key': idempotencyKey }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  }

  private async read<T>(method: string, path: string, response: Response): Promise<T> {
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** Retries `check` every 250 ms until it passes: the read models follow the event store. */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: still not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
