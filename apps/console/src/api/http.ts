import { renewSession } from '../session/oidc/session-renewal';
import { currentSession, endSession } from '../session/session-store';
import { ApiProblem, type FieldError } from './problem';

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Sent as Idempotency-Key, so a retried command is applied once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/**
 * One call of the public /v1 API with the session's token. A 401 that renewing
 * the token does not cure ends the session (the sign-in page shows again); every
 * other failure is thrown as an ApiProblem carrying the API's problem+json.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiResponse(path, options);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/**
 * The successful response of one call, failing as apiRequest does: for bodies that
 * are not JSON (exports). A token refused as expired is renewed once and the call
 * sent again; when it cannot be, the session ends as expired.
 */
export async function apiResponse(
  path: string,
  options: RequestOptions = {},
  accept = 'application/json',
): Promise<Response> {
  const token = currentSession()?.token;
  const response = await send(path, options, accept, token);
  if (response.status !== 401 || !token) return checked(response);
  if (!(await freshTokenAfter(token))) {
    endSession('expired');
    return checked(response);
  }
  const again = await send(path, options, accept, currentSession()?.token);
  if (again.status === 401) endSession('expired');
  return checked(again);
}

/** True when the session holds a token other than the refused one: renewed meanwhile, or now. */
async function freshTokenAfter(refused: string): Promise<boolean> {
  const session = currentSession();
  if (session && session.token !== refused) return true;
  return renewSession();
}

async function checked(response: Response): Promise<Response> {
  if (!response.ok) throw await problemOf(response);
  return response;
}

async function send(
  path: string,
  options: RequestOptions,
  accept: string,
  token: string | undefined,
): Promise<Response> {
  const headers: Record<string, string> = { accept };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(
      0,
      'network',
      'Network error',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const body = (await response.json().catch(() => ({}))) as {
    code?: string;
    title?: string;
    detail?: string;
    errors?: FieldError[];
    details?: Record<string, unknown>;
  };
  return new ApiProblem(
    response.status,
    body.code ?? `http_${response.status}`,
    body.title ?? response.statusText,
    body.detail ?? response.statusText,
    body.errors ?? [],
    body.details ?? {},
  );
}

/** A query string from the defined values of `params`. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
