import { Client, Connection } from '@temporalio/client';
import { METADATA_ENCODING_KEY } from '@temporalio/common';
import request from 'supertest';
import { incidentWorkflowId } from '@recovery/incidents';
import { ENCRYPTED_ENCODING } from '@recovery/temporal';
import { fromGlobalSetup } from '../support/test-database';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { expectProblem, post } from './support/http';

const UI_ORIGIN = 'http://temporal-ui.test:8233';

interface JsonPayload {
  metadata: Record<string, string>;
  data?: string;
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');
const text = (value: string | undefined): string => Buffer.from(value ?? '', 'base64').toString();
const jsonPayload = (value: unknown): JsonPayload => ({
  metadata: { [METADATA_ENCODING_KEY]: base64('json/plain') },
  data: base64(JSON.stringify(value)),
});
const payloadsOf = (response: request.Response): JsonPayload[] =>
  (response.body as { payloads: JsonPayload[] }).payloads;

describe('the codec endpoint (the Temporal UI codec server)', () => {
  let harness: ApiHarness;
  let temporal: Connection;
  let admin: string;
  let policyKey: string;
  useEnvironment({ CODEC_CORS_ORIGINS: UI_ORIGIN });

  beforeAll(async () => {
    harness = await startApiHarness();
    temporal = await Connection.connect({ address: fromGlobalSetup('TEMPORAL_ADDRESS') });
    admin = await harness.token('admin', { sites: ['*'] });
    policyKey = await createPolicy(harness);
  });
  afterAll(async () => {
    await temporal?.close();
    await harness?.close();
  });

  const decode = (body: object, token = admin) => post(harness, '/v1/codec/decode', token, body);
  const encode = (body: object, token = admin) => post(harness, '/v1/codec/encode', token, body);

  it('decodes the start input of a workflow the API opened, as stored in its history', async () => {
    const frontline = await harness.token('frontline');
    const incidentId = await openIncident(harness, frontline, openBody(policyKey));
    // Read as Temporal holds it: a client without the codec.
    const history = await new Client({ connection: temporal }).workflow
      .getHandle(incidentWorkflowId(incidentId))
      .fetchHistory();
    const [stored] = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads!;
    const sent: JsonPayload = {
      metadata: Object.fromEntries(
        Object.entries(stored.metadata!).map(([name, value]) => [
          name,
          Buffer.from(value).toString('base64'),
        ]),
      ),
      data: Buffer.from(stored.data!).toString('base64'),
    };
    expect(text(sent.metadata[METADATA_ENCODING_KEY])).toBe(ENCRYPTED_ENCODING);

    const response = await decode({ payloads: [sent] })
      .set('X-Namespace', 'default')
      .expect(200);
    const [decoded] = payloadsOf(response);
    expect(text(decoded.metadata[METADATA_ENCODING_KEY])).toBe('json/plain');
    expect(JSON.parse(text(decoded.data))).toMatchObject({ incidentId, start: { kind: 'open' } });
  });

  it('encodes into payloads no one reads without the key, which it decodes back', async () => {
    const original = jsonPayload({ customerRef: 'C-CODEC-E2E', note: 'Jane Roe, 12 Elm Street' });
    const [sealed] = payloadsOf(await encode({ payloads: [original] }).expect(200));
    expect(text(sealed.metadata[METADATA_ENCODING_KEY])).toBe(ENCRYPTED_ENCODING);
    expect(text(sealed.data)).not.toContain('Jane Roe');
    expect(payloadsOf(await decode({ payloads: [sealed] }).expect(200))).toEqual([original]);
  });

  it('passes payloads that were never encrypted through unchanged', async () => {
    const plain = jsonPayload({ recordedBefore: 'the codec' });
    expect(payloadsOf(await decode({ payloads: [plain] }).expect(200))).toEqual([plain]);
  });

  it('refuses without a token (401), a role without the permission and a token for some sites (403)', async () => {
    const body = { payloads: [jsonPayload(1)] };
    expect((await request(harness.server).post('/v1/codec/decode').send(body)).status).toBe(401);
    const manager = await harness.token('manager', { sites: ['*'] });
    expectProblem(await decode(body, manager), 403, 'forbidden');
    expectProblem(await encode(body, manager), 403, 'forbidden');
    const siteAdmin = await harness.token('admin', { sites: ['AMS'] });
    expectProblem(await decode(body, siteAdmin), 403, 'codec_sites_forbidden');
  });

  it.each([
    ['no payload list', {}, 'payloads'],
    ['a list that is not one', { payloads: 'x' }, 'payloads'],
    ['a payload without metadata', { payloads: [{ data: '' }] }, 'payloads.0.metadata'],
    [
      'metadata values that are not base64',
      { payloads: [{ metadata: { encoding: '***' } }] },
      'payloads.0.metadata',
    ],
    [
      'data that is not base64',
      { payloads: [{ metadata: {}, data: 'not base64!' }] },
      'payloads.0.data',
    ],
  ])('answers 400 to %s, naming the field', async (_case, body, field) => {
    const problem = expectProblem(await decode(body), 400, 'validation_failed');
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('answers 400 for another namespace, and 422 naming a key it does not hold', async () => {
    const body = { payloads: [jsonPayload(1)] };
    expectProblem(
      await decode(body).set('X-Namespace', 'elsewhere'),
      400,
      'codec_namespace_not_served',
    );
    const [sealed] = payloadsOf(await encode(body).expect(200));
    const retired = {
      ...sealed,
      metadata: { ...sealed.metadata, 'encryption-key-id': base64('retired') },
    };
    const problem = expectProblem(
      await decode({ payloads: [retired] }),
      422,
      'payload_key_unknown',
    );
    expect(problem.detail).toContain('"retired"');
  });

  it('answers the preflight of the configured UI origin only, allowing its credentials', async () => {
    const preflight = (origin: string) =>
      request(harness.server)
        .options('/v1/codec/decode')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type,x-namespace');
    const allowed = await preflight(UI_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': UI_ORIGIN,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'POST',
    });
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization.*X-Namespace/);
    const other = await preflight('https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();

    const answered = await decode({ payloads: [] }).set('Origin', UI_ORIGIN).expect(200);
    expect(answered.headers['access-control-allow-origin']).toBe(UI_ORIGIN);
    const elsewhere = await post(harness, '/v1/policies', admin).set('Origin', UI_ORIGIN);
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 422 to a payload marked encrypted that names no key', async () => {
    const unnamed = { metadata: { encoding: base64(ENCRYPTED_ENCODING) }, data: base64('x') };
    const problem = expectProblem(
      await decode({ payloads: [unnamed] }),
      422,
      'payload_undecryptable',
    );
    expect(problem.detail).toContain('encryption-key-id');
  });
});
