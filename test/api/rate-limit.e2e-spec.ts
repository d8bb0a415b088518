import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { expectProblem, get } from './support/http';

const LIMIT = 3;

describe('the rate limit', () => {
  let harness: ApiHarness;
  let reader: string;
  useEnvironment({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });

  beforeAll(async () => {
    harness = await startApiHarness();
    reader = await harness.token('executive', { sites: ['*'] });
  });
  afterAll(() => harness?.close());

  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE, and spares health checks', async () => {
    for (let i = 1; i <= LIMIT; i += 1) {
      const allowed = await get(harness, '/v1/policies', reader);
      expect(allowed.status).toBe(200);
      expect(allowed.headers['x-ratelimit-remaining']).toBe(String(LIMIT - i));
    }
    const refused = await get(harness, '/v1/policies', reader);
    expectProblem(refused, 429, 'too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

    expect((await request(harness.server).get('/health/live')).status).toBe(200);
  });
});
