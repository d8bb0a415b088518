/** An HTTP answer as these helpers see it (from fetch or supertest). */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown>;
}

/** What one attempt got: an answer, or no answer at all (refused, reset or timed out). */
export type Attempt = number | 'no_answer';

/** The final answer of a request retried with its Idempotency-Key, and what each attempt got. */
export interface Retried {
  answer: HttpAnswer;
  attempts: Attempt[];
}

/** One request with fetch; the body is parsed when there is one. */
export async function fetchAnswer(
  url: string,
  init: { method: string; token: string; body?: object; headers?: Record<string, string> },
  timeoutMs = 30_000,
): Promise<HttpAnswer> {
  const response = await fetch(url, {
    method: init.method,
    headers: {
      Authorization: `Bearer ${init.token}`,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
  };
}

/**
 * Sends a request until it gets an answer a client would keep: no answer, a 5xx or
 * 409 idempotent_request_in_progress are retried (after Retry-After when given), as a
 * client holding an Idempotency-Key is told to. Fails once `deadline` (epoch ms) passes.
 */
export async function retryUntilAnswered(
  send: () => Promise<HttpAnswer>,
  deadline: number,
): Promise<Retried> {
  const attempts: Attempt[] = [];
  for (;;) {
    const answer = await send().catch(() => undefined);
    attempts.push(answer?.status ?? 'no_answer');
    if (answer && !isRetryable(answer)) return { answer, attempts };
    const waitMs = retryAfterMs(answer);
    if (Date.now() + waitMs > deadline) {
      throw new Error(
        `no lasting answer before the deadline; attempts: ${attempts.join(', ')}; last: ${JSON.stringify(answer?.body)}`,
      );
    }
    await new Promise((wait) => setTimeout(wait, waitMs));
  }
}

function isRetryable(answer: HttpAnswer): boolean {
  return (
    answer.status >= 500 ||
    (answer.status === 409 && answer.body.code === 'idempotent_request_in_progress')
  );
}

function retryAfterMs(answer: HttpAnswer | undefined): number {
  const seconds = Number(answer?.headers['retry-after']);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 250;
}
