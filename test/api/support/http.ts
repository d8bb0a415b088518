/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import request from 'supertest';
import { type ApiHarness } from './api-test-harness';

/** A response body as a loose record (tests assert its shape). */
export type Body = Record<string, unknown>;

/** POST as the bearer of `token`. */
export function post(
  harness: ApiHarness,
  path: string,
  token: string,
  body?: object,
  headers: Record<string, string> = {},
) {
  const call = request(harness.server)
    .post(path)
    .set('Authorization', `Bearer ${token}`)
    .set(headers);
  return body === undefined ? call : call.send(body);
}

/** GET as the bearer of `token`. */
export function get(harness: ApiHarness, path: string, token: string) {
  return request(harness.server).get(path).set('Authorization', `Bearer ${token}`);
}

/** Asserts an RFC 9457 problem response with this status and code; returns its body. */
export function expectProblem(response: request.Response, status: number, code: string): Body {
  expect({ status: response.status, code: (response.body as Body).code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    type: expect.stringContaining(code),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  });
  return response.body as Body;
}

/** Retries an assertion until it passes or `timeoutMs` ends (for timers in the workflow). */
export async function eventually(
  assertion: () => void | Promise<void>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
