import { randomUUID } from 'node:crypto';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

const COMMAND_TIMEOUT_MS = 1500;

describe('a command no worker takes', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;
  useEnvironment({ COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS) });

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
  });
  afterAll(() => harness?.close());

  it('answers 503 with Retry-After in time, and a retry with the same key applies it once', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    await harness.stopWorker();
    const key = randomUUID();
    const acknowledge = () =>
      post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {}, { 'Idempotency-Key': key });

    const started = Date.now();
    const refused = await acknowledge();
    const waited = Date.now() - started;
    const problem = expectProblem(refused, 503, 'command_not_taken');
    expect(refused.headers['retry-after']).toBe('5');
    expect(problem.details).toMatchObject({ command: 'acknowledge', incidentId: id });
    expect(waited).toBeGreaterThanOrEqual(COMMAND_TIMEOUT_MS);
    expect(waited).toBeLessThan(COMMAND_TIMEOUT_MS + 5_000);

    await harness.startWorker();
    const retried = await acknowledge();
    expect(retried.status).toBe(200);
    const events = await get(harness, `/v1/incidents/${id}/events`, fiona);
    const types = (events.body as { items: Body[] }).items.map((e) => e.type);
    expect(types.filter((type) => type === 'IncidentAcknowledged')).toHaveLength(1);
  });

  it('without a key, a refused command still applies once a worker is back, and a retry applies it again', async () => {
    const id = await openIncident(harness, fiona, openBody(policyKey));
    await harness.stopWorker();
    const note = () => post(harness, `/v1/incidents/${id}/notes`, fiona, { text: 'called back' });
    expectProblem(await note(), 503, 'command_not_taken');
    await harness.startWorker();
    expect((await note()).status).toBe(200);
    const events = await get(harness, `/v1/incidents/${id}/events`, fiona);
    const notes = (events.body as { items: Body[] }).items.filter((e) => e.type === 'NoteAdded');
    expect(notes).toHaveLength(2);
  });
});
