import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';

describe('GET /v1/sites/time-zones', () => {
  let harness: ApiHarness;
  useEnvironment({ SITE_TIME_ZONES: 'AMS=Europe/Amsterdam,NYC=America/New_York,*=Europe/London' });

  beforeAll(async () => {
    harness = await startApiHarness();
  });
  afterAll(() => harness?.close());

  it('names each configured site’s zone and the zone of all others', async () => {
    const response = await request(harness.server)
      .get('/v1/sites/time-zones')
      .set('Authorization', `Bearer ${await harness.token('frontline')}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        { site: 'AMS', timeZone: 'Europe/Amsterdam' },
        { site: 'NYC', timeZone: 'America/New_York' },
      ],
      otherSites: 'Europe/London',
    });
  });
});
