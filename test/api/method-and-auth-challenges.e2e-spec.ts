import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';

/** Issue 13, item 3: HTTP semantics the OpenAPI document promises. */
describe('405 with Allow, and 401 with WWW-Authenticate', () => {
  let harness: ApiHarness;

  beforeAll(async () => {
    harness = await startApiHarness();
  });
  afterAll(() => harness?.close());

  it('answers a method a documented path does not have with 405 naming the ones it has', async () => {
    const response = await request(harness.server).patch('/v1/incidents/any-id');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 405, code: 'method_not_allowed' });
  });

  it('answers TRACE on a path of several methods, and OPTIONS, with the same Allow', async () => {
    const trace = await request(harness.server).trace('/v1/policies');
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
    const options = await request(harness.server).options('/v1/policies');
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
  });

  it('prefers the concrete path, yet still routes a method only a templated one has', async () => {
    const trace = await request(harness.server).trace('/v1/sites/time-zones');
    expect(trace.headers.allow).toBe('GET, HEAD, OPTIONS');
    const token = await harness.token('frontline');
    const put = await request(harness.server)
      .put('/v1/sites/time-zones')
      .set('Authorization', `Bearer ${token}`)
      .send({});
    expect(put.status).not.toBe(405);
  });

  it('leaves an unknown path a 404', async () => {
    expect((await request(harness.server).trace('/v1/nowhere')).status).toBe(404);
  });

  it('challenges a request without a token with Bearer and no error (RFC 6750 §3.1)', async () => {
    const response = await request(harness.server).get('/v1/me');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="service-recovery"');
  });

  it('challenges a bad or expired token with error="invalid_token" and why', async () => {
    const expired = await harness.token('frontline', { expiresIn: -60 });
    for (const [token, why] of [
      ['not.a.token', 'token is malformed'],
      [expired, 'token expired'],
    ]) {
      const response = await request(harness.server)
        .get('/v1/me')
        .set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(
        `Bearer realm="service-recovery", error="invalid_token", error_description="${why}"`,
      );
    }
  });

  it('challenges intake without a known X-Api-Key by naming the header', async () => {
    const response = await request(harness.server)
      .post('/v1/intake/events')
      .set('Content-Type', 'application/cloudevents+json')
      .send({});
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(
      'ApiKey realm="service-recovery", header="X-Api-Key"',
    );
  });
});
