import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { customerErasureStreamId, ERASED_TEXT } from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import { fromGlobalSetup, openTestDataSource } from '../support/test-database';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

/**
 * Issue 14, item 3: a customer's personal text is sealed under their own key from the
 * API inwards, and erasing them destroys the key. Each run invents its own customer
 * and words, so "nowhere in the database" means exactly that.
 */
describe('sealing and erasing a customer’s personal data', () => {
  let harness: ApiHarness;
  let owner: DataSource;
  let temporal: Connection;
  let frontline: string;
  let admin: string;
  let executive: string;
  let policyKey: string;
  const run = randomUUID().slice(0, 8);
  const customerRef = `C-ERASE-${run}`;
  const secrets = {
    summary: `Rental car of Ms Erasable ${run} broke down`,
    details: `Stranded at Prinsengracht ${run}, phone 06-${run}`,
    note: `Ms Erasable ${run} is diabetic, bring water`,
    promise: `Taxi to Hotel Erasable ${run} within 20 minutes`,
    contact: `Called Ms Erasable ${run} on her mobile`,
  };
  const clearTexts = [customerRef, ...Object.values(secrets)];
  let incidents: string[];

  beforeAll(async () => {
    harness = await startApiHarness();
    owner = await openTestDataSource(2);
    temporal = await Connection.connect({ address: fromGlobalSetup('TEMPORAL_ADDRESS') });
    frontline = await harness.token('frontline');
    admin = await harness.token('admin', { sites: ['*'] });
    executive = await harness.token('executive', { sites: ['*'] });
    policyKey = await createPolicy(harness);
    const opened = (overrides: Body) =>
      openIncident(harness, frontline, openBody(policyKey, { customerRef, ...overrides }));
    incidents = [
      await opened({ summary: secrets.summary, details: secrets.details }),
      // The same customer, as another desk types the reference.
      await opened({ customerRef: customerRef.toLowerCase(), summary: `${secrets.summary} again` }),
    ];
    const [first] = incidents as [string];
    const ok = (path: string, body: Body) =>
      post(harness, `/v1/incidents/${first}/${path}`, frontline, body).expect(200);
    await ok('notes', { text: secrets.note });
    await ok('promises', {
      description: secrets.promise,
      dueAt: new Date(Date.now() + 20 * 60_000).toISOString(),
    });
    await ok('contacts', { direction: 'outbound', channel: 'phone', summary: secrets.contact });
  });
  afterAll(async () => {
    await temporal?.close();
    await owner?.destroy();
    await harness?.close();
  });

  /** Every text of the database's rows about these incidents, as one string. */
  async function storedText(): Promise<string> {
    const streams = [...incidents.map((id) => `incident-${id}`)];
    const rows = await owner.query<{ text: string }[]>(
      `SELECT coalesce(string_agg(t, ' '), '') AS text FROM (
         SELECT data::text || metadata::text AS t FROM events WHERE stream_id = ANY($1)
         UNION ALL SELECT row_to_json(s)::text FROM incident_state s WHERE incident_id::text = ANY($2)
         UNION ALL SELECT row_to_json(k)::text FROM idempotency_keys k
         UNION ALL SELECT row_to_json(a)::text FROM audit_incidents a WHERE incident_id::text = ANY($2)
       ) everything`,
      [streams, incidents],
    );
    return rows[0].text;
  }

  /** Every payload byte of the incidents' Temporal histories, read without any codec. */
  async function historyText(): Promise<string> {
    const client = new Client({ connection: temporal });
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (value instanceof Uint8Array) texts.push(Buffer.from(value).toString('utf8'));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const id of incidents)
      collect(await client.workflow.getHandle(incidentWorkflowId(id)).fetchHistory());
    return texts.join(' ');
  }

  /** What the Temporal UI shows of an incident's history: its payloads through the codec endpoint. */
  async function decodedHistory(id: string): Promise<string> {
    const history = await new Client({ connection: temporal }).workflow
      .getHandle(incidentWorkflowId(id))
      .fetchHistory();
    const payloads: { metadata: Record<string, string>; data: string }[] = [];
    const collect = (value: unknown): void => {
      if (!value || typeof value !== 'object' || value instanceof Uint8Array) return;
      const { metadata, data } = value as { metadata?: Record<string, Uint8Array>; data?: unknown };
      if (metadata?.encoding && data instanceof Uint8Array) {
        const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
        payloads.push({
          metadata: Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, base64(v)])),
          data: base64(data),
        });
      } else Object.values(value).forEach(collect);
    };
    collect(history);
    const decoded = await post(harness, '/v1/codec/decode', admin, { payloads }).expect(200);
    return (decoded.body as { payloads: { data?: string }[] }).payloads
      .map((payload) => Buffer.from(payload.data ?? '', 'base64').toString('utf8'))
      .join(' ');
  }

  const detail = async (id: string): Promise<Body> =>
    (await get(harness, `/v1/incidents/${id}`, frontline).expect(200)).body as Body;
  const search = async (q: string): Promise<string[]> =>
    (
      (await get(harness, `/v1/incidents?q=${encodeURIComponent(q)}`, frontline).expect(200))
        .body as { items: Body[] }
    ).items.map((item) => item.id as string);
  const csvExport = async (): Promise<string> =>
    (
      await request(harness.server)
        .get('/v1/audit/exports/events.csv')
        .set('Authorization', `Bearer ${executive}`)
        .expect(200)
    ).text;

  it('shows staff what they wrote, and finds the customer by their reference in any case', async () => {
    const [first] = incidents as [string];
    expect(await detail(first)).toMatchObject({
      customerRef,
      summary: secrets.summary,
      details: secrets.details,
    });
    const events = (await get(harness, `/v1/incidents/${first}/events`, frontline)).body as {
      items: Body[];
    };
    expect(JSON.stringify(events)).toContain(secrets.note);
    expect(JSON.stringify(events)).toContain(secrets.promise);
    expect(new Set(await search(customerRef.toUpperCase()))).toEqual(new Set(incidents));
  });

  it('holds none of it readable in the database or in Temporal’s histories', async () => {
    const stored = await storedText();
    const history = await historyText();
    for (const text of clearTexts) {
      expect(stored).not.toContain(text);
      expect(history).not.toContain(text);
    }
    expect(stored).toContain('sealed:v1:');
  });

  it('shows operators the history decoded through the codec endpoint, personal text included', async () => {
    const decoded = await decodedHistory(incidents[0]);
    for (const text of [customerRef, secrets.summary, secrets.note])
      expect(decoded).toContain(text);
  });

  it('refuses erasure to anyone but an admin, and a bad body, changing nothing', async () => {
    const path = `/v1/customers/${customerRef}/erasure`;
    expectProblem(await post(harness, path, frontline, { reason: 'x' }), 403, 'forbidden');
    expectProblem(await post(harness, path, executive, { reason: 'x' }), 403, 'forbidden');
    expectProblem(await post(harness, path, admin, {}), 400, 'validation_failed');
    expectProblem(
      await post(harness, path, admin, { reason: 'x', extra: 1 }),
      400,
      'validation_failed',
    );
    expect((await detail(incidents[0])).summary).toBe(secrets.summary);
  });

  it('erases the customer: every read, the export, the decoded history and the search show nothing of theirs, and verify holds', async () => {
    const erased = await post(harness, `/v1/customers/${customerRef}/erasure`, admin, {
      reason: 'Data-protection request DP-2291',
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      incidentIds: incidents,
      reason: 'Data-protection request DP-2291',
      requestedBy: { role: 'admin' },
    });

    for (const id of incidents) {
      const after = await detail(id);
      expect(after.customerRef).toBe(ERASED_TEXT);
      expect(after.summary).toBe(ERASED_TEXT);
      const events = JSON.stringify(
        (await get(harness, `/v1/incidents/${id}/events`, frontline)).body,
      );
      for (const text of clearTexts) expect(events).not.toContain(text);
    }
    const decoded = await decodedHistory(incidents[0]);
    for (const text of clearTexts) expect(decoded).not.toContain(text);
    expect(decoded).toContain(ERASED_TEXT);
    const csv = await csvExport();
    for (const text of clearTexts) expect(csv).not.toContain(text);
    expect(await search(customerRef)).toEqual([]);

    const verify = await get(harness, '/v1/audit/verify', executive).expect(200);
    expect(verify.body).toMatchObject({ ok: true });

    const [record] = await owner.query<{ data: Body; metadata: Body }[]>(
      `SELECT data, metadata FROM events WHERE stream_id = $1`,
      [customerErasureStreamId((erased.body as Body).keyId as string)],
    );
    expect(record?.data).toMatchObject({ reason: 'Data-protection request DP-2291' });
    for (const text of clearTexts) expect(JSON.stringify(record)).not.toContain(text);
  });

  it('answers 404 for a customer already erased, and 409 for new text about them', async () => {
    expectProblem(
      await post(harness, `/v1/customers/${customerRef}/erasure`, admin, { reason: 'again' }),
      404,
      'customer_not_found',
    );
    expectProblem(
      await post(harness, `/v1/incidents/${incidents[0]}/notes`, frontline, { text: 'more' }),
      409,
      'customer_data_erased',
    );
  });
});
