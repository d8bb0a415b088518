const REDACTED = '***';

// Routes that carry a customer's reference in their path: /v1/customers/:customerRef/…
const CUSTOMER_PATH = /^(\/v1\/customers\/)[^/?]+/;
const PERSONAL_ROUTE_PARAMETERS = ['customerRef'];

// Query parameters that may hold one: the queue's search by customer reference.
const PERSONAL_QUERY_PARAMETERS = ['q'];

/** The parts of a request that a request log prints (pino's serialized request). */
export interface LoggedRequest {
  url?: string;
  query?: Record<string, unknown>;
  params?: Record<string, unknown>;
}

/**
 * `request` with the customer references its URL may carry replaced, for request
 * logs: a log kept for months must not hold what an erasure removed everywhere else.
 * The rest stays, so a log line still names its route. `request` is the serializer's
 * own copy, changed in place.
 */
export function withoutPersonalData<T extends LoggedRequest>(request: T): T {
  if (request.url) request.url = maskedUrl(request.url);
  if (request.query) request.query = masked(request.query, PERSONAL_QUERY_PARAMETERS);
  if (request.params) request.params = masked(request.params, PERSONAL_ROUTE_PARAMETERS);
  return request;
}

function maskedUrl(url: string): string {
  const at = url.indexOf('?');
  const path = (at < 0 ? url : url.slice(0, at)).replace(CUSTOMER_PATH, `$1${REDACTED}`);
  if (at < 0) return path;
  const query = new URLSearchParams(url.slice(at + 1));
  for (const name of PERSONAL_QUERY_PARAMETERS) if (query.has(name)) query.set(name, REDACTED);
  return `${path}?${query.toString()}`;
}

function masked(
  parameters: Record<string, unknown>,
  names: readonly string[],
): Record<string, unknown> {
  const copy = { ...parameters };
  for (const name of names) if (name in copy) copy[name] = REDACTED;
  return copy;
}
