/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { openApiDocument } from '../../apps/api/src/swagger';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { eventually } from './support/http';

interface HealthBody {
  details: { temporal: { workers: { polling: boolean; pollers: number } } };
}

describe('operations endpoints', () => {
  let harness: ApiHarness;

  beforeAll(async () => {
    harness = await startApiHarness();
  });
  afterAll(() => harness?.close());

  it('reports readiness of PostgreSQL and Temporal, that a worker polls, and liveness', async () => {
    const health = await request(harness.server).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      details: {
        postgres: { status: 'up' },
        temporal: { status: 'up', workers: { polling: true, pollers: expect.any(Number) } },
      },
    });
    const { pollers } = (health.body as HealthBody).details.temporal.workers;
    expect(pollers).toBeGreaterThanOrEqual(1);
    expect((await request(harness.server).get('/health/live')).body).toEqual({ status: 'ok' });
  });

  it('exposes Prometheus metrics: request latency by route pattern, incidents opened, SLA breaches', async () => {
    const policyKey = await createPolicy(harness);
    await openIncident(harness, await harness.token('frontline'), openBody(policyKey));
    const metrics = await request(harness.server).get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(
      /http_request_duration_seconds_bucket\{[^}]*route="\/v1\/incidents"[^}]*\}/,
    );
    expect(metrics.text).toMatch(/^recovery_incidents_opened_total [1-9]\d*$/m);
    expect(metrics.text).toMatch(
      /^recovery_incidents_deadline_missed\{deadline="acknowledge"\} \d+$/m,
    );
  });

  it('echoes the caller\u2019s correlation id, or makes one up', async () => {
    const given = await request(harness.server)
      .get('/health/live')
      .set('X-Correlation-Id', 'abc-123');
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const made = await request(harness.server).get('/health/live');
    expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await request(harness.server).get('/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys((json.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining([
        '/v1/incidents',
        '/v1/incidents/{id}/events',
        '/v1/approvals/{approvalId}/decision',
        '/v1/intake/events',
      ]),
    );
    expect((await request(harness.server).get('/docs')).status).toBe(200);
  });

  // The server lists a stopped worker's poller for a while: this waits for its last
  // poll to age out (about a minute, see TemporalHealthIndicator).
  it('stays ready but degraded while no worker polls the task queue, and says so', async () => {
    await harness.stopWorker();
    try {
      await eventually(async () => {
        const health = await request(harness.server).get('/health');
        expect(health.status).toBe(200);
        expect(health.body).toMatchObject({
          status: 'degraded',
          details: {
            postgres: { status: 'up' },
            temporal: {
              status: 'degraded',
              workers: { polling: false, pollers: 0 },
              message: expect.stringContaining('no worker polls task queue'),
            },
          },
        });
      }, 100_000);
    } finally {
      await harness.startWorker();
    }
    // A restarted worker shows up once its first poll has reached the server.
    await eventually(async () => {
      const health = await request(harness.server).get('/health');
      expect(health.body).toMatchObject({
        status: 'ok',
        details: { temporal: { status: 'up', workers: { polling: true } } },
      });
    }, 15_000);
  }, 140_000);

  it('has the committed docs/openapi.json up to date with the code (npm run openapi)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(openApiDocument(harness.app))));
  });
});
