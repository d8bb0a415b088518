import request from 'supertest';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';

// The console's sign-in routes outside production (OIDC and production are in
// test/console/oidc-sign-in.e2e-spec.ts).
describe('sign-in routes', () => {
  let harness: ApiHarness;

  beforeAll(async () => {
    harness = await startApiHarness();
  });
  afterAll(() => harness?.close());

  it('offers the development sign-in and no OIDC when no issuer is configured', async () => {
    const response = await request(harness.server).get('/v1/auth/config');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ developmentSignIn: true, oidc: null });
  });

  it('issues a token that /v1/me describes with the role’s permissions', async () => {
    const issued = await request(harness.server)
      .post('/v1/auth/development-token')
      .send({ name: ' Sam Supervisor ', role: 'supervisor', sites: ['AMS', 'RTM'] });
    expect(issued.status).toBe(201);
    const { token, expiresAt } = issued.body as { token: string; expiresAt: string };
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const me = await request(harness.server).get('/v1/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      sub: 'sam-supervisor',
      name: 'Sam Supervisor',
      role: 'supervisor',
      sites: ['AMS', 'RTM'],
      permissions: [
        'incident:open',
        'incident:read',
        'incident:act',
        'approval:read',
        'approval:decide',
        'delegation:read',
        'delegation:write',
        'policy:read',
      ],
    });
  });

  it.each([
    [{ name: '   ', role: 'frontline', sites: ['AMS'] }, 'name'],
    [{ name: 'Eve', role: 'root', sites: ['AMS'] }, 'role'],
    [{ name: 'Eve', role: 'frontline', sites: [] }, 'sites'],
    [{ name: 'Eve', role: 'frontline', sites: ['A M S'] }, 'sites'],
    [{ name: 'Eve', role: 'frontline', sites: ['AMS'], admin: true }, 'admin'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const response = await request(harness.server).post('/v1/auth/development-token').send(body);
    expect(response.status).toBe(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(
      field,
    );
  });
});
