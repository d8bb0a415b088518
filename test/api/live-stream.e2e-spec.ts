import { randomUUID } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { openApiDocument } from '../../apps/api/src/swagger';
import { LISTENER_APPLICATION_NAME } from '../../apps/api/src/live/live-changes.listener';
import { MAX_LIVE_STREAMS_PER_PERSON } from '../../apps/api/src/live/live-subscribers.service';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { eventually, post } from './support/http';

// Issue 11, "Live": the console learns within 2 seconds what changed.
const WITHIN_MS = 2_000;

/** One parsed server-sent event: its name (`message` when unnamed) and JSON data, or a comment/retry. */
interface Received {
  event: string;
  data?: unknown;
  retry?: number;
  comment?: string;
  at: number;
}

/** Reads a text/event-stream body as the console does: fetch and a ReadableStream reader. */
class EventStream {
  readonly received: Received[] = [];
  private ended = false;

  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    void this.pump(response.body!.getReader());
  }

  /** Events of one name whose data matches `where`. */
  events(event: string, where: (data: Record<string, unknown>) => boolean = () => true) {
    return this.received.filter(
      (item) => item.event === event && where(item.data as Record<string, unknown>),
    );
  }

  /** The first event of that name whose data matches, waiting at most `timeoutMs`. */
  async next(
    event: string,
    where: (data: Record<string, unknown>) => boolean = () => true,
    timeoutMs = WITHIN_MS,
  ): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events(event, where)[0];
      if (found) return found;
      if (this.ended) throw new Error(`stream ended before event ${event}`);
      if (Date.now() > deadline) {
        throw new Error(
          `no ${event} event within ${timeoutMs} ms: ${JSON.stringify(this.received)}`,
        );
      }
      await sleep(10);
    }
  }

  /** True once the body ended: closed here, or by the server. */
  get hasEnded(): boolean {
    return this.ended;
  }

  close(): void {
    this.abort.abort();
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.received.push(parseBlock(buffer.slice(0, end)));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close(), or the server ended the stream: `ended` says so
    } finally {
      this.ended = true;
    }
  }
}

function parseBlock(block: string): Received {
  const item: Received = { event: 'message', at: Date.now() };
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) item.comment = line.slice(1).trim();
    else if (line.startsWith('event: ')) item.event = line.slice('event: '.length);
    else if (line.startsWith('data: ')) item.data = JSON.parse(line.slice('data: '.length));
    else if (line.startsWith('retry: ')) item.retry = Number(line.slice('retry: '.length));
  }
  if (item.retry !== undefined && item.event === 'message') item.event = 'retry';
  return item;
}

describe('GET /v1/stream: live changes as server-sent events', () => {
  let harness: ApiHarness;
  let baseUrl: string;
  let policyKey: string;
  const open: EventStream[] = [];

  beforeAll(async () => {
    harness = await startApiHarness();
    await harness.app.listen(0, '127.0.0.1');
    const { port } = harness.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    policyKey = await createPolicy(harness);
  });
  afterEach(() => {
    for (const stream of open.splice(0)) stream.close();
  });
  afterAll(() => harness?.close());

  async function connect(token?: string): Promise<Response> {
    const abort = new AbortController();
    const response = await fetch(`${baseUrl}/v1/stream`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: abort.signal,
    });
    if (response.ok) open.push(new EventStream(response, abort));
    return response;
  }

  /** A stream for `token` that has received its `ready` event. */
  async function subscribe(token: string): Promise<EventStream> {
    const response = await connect(token);
    expect(response.status).toBe(200);
    const stream = open[open.length - 1];
    await stream.next('ready');
    return stream;
  }

  /** The stream's own events, without the changes it carried. */
  const lifecycleOf = (stream: EventStream) =>
    stream.received
      .map((item) => item.event)
      .filter((event) => ['retry', 'ready', 'offline'].includes(event));
  const ofIncident = (id: string) => (data: Record<string, unknown>) => data.incidentId === id;

  it('is documented as a bearer-token text/event-stream with its 429 and 503 problems', () => {
    const operation = openApiDocument(harness.app).paths['/v1/stream']?.get;
    expect(operation?.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([
      '200',
      '401',
      '403',
      '429',
      '503',
    ]);
    expect(Object.keys((operation?.responses['200'] as { content: object }).content)).toEqual([
      'text/event-stream',
    ]);
    expect((operation?.responses['429'] as { description: string }).description).toMatch(
      /streams of yours/,
    );
  });

  it('refuses a request without a bearer token with a 401 problem', async () => {
    const response = await connect();
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('answers an event stream: no-cache, unbuffered, a retry hint, then ready with the filter', async () => {
    const token = await harness.token('frontline', { sites: ['AMS'] });
    const stream = await subscribe(token);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get('cache-control')).toBe('no-cache');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    expect(
      stream.received.slice(0, 2).map(({ event, data, retry }) => ({ event, data, retry })),
    ).toEqual([
      { event: 'retry', data: undefined, retry: 3000 },
      { event: 'ready', data: { sites: ['AMS'], approvals: false }, retry: undefined },
    ]);
  });

  it('sends a new AMS incident to an AMS subscriber within 2 s, and never to another site’s', async () => {
    const amsToken = await harness.token('frontline', { sites: ['AMS'] });
    const rtmToken = await harness.token('frontline', { sites: ['RTM'] });
    const ams = await subscribe(amsToken);
    const rtm = await subscribe(rtmToken);

    const incidentId = await openIncident(harness, amsToken, openBody(policyKey));
    const opened = Date.now();
    const received = await ams.next('incident', ofIncident(incidentId));
    expect(received.at - opened).toBeLessThan(WITHIN_MS);
    expect(received.data).toEqual({ incidentId, site: 'AMS', version: 1, status: 'open' });

    // Notifications arrive in commit order: once RTM's own later incident has reached
    // the RTM subscriber, the AMS one would have too, had it been sent.
    const rtmIncident = await openIncident(harness, rtmToken, openBody(policyKey, { site: 'RTM' }));
    await rtm.next('incident', ofIncident(rtmIncident));
    expect(rtm.events('incident', ofIncident(incidentId))).toEqual([]);
    expect(
      new Set(rtm.events('incident').map((item) => (item.data as { site: string }).site)),
    ).toEqual(new Set(['RTM']));
  });

  it('sends an approval request to a supervisor of the site and none to frontline staff', async () => {
    const fiona = await harness.token('frontline', {
      sub: `fiona-${randomUUID()}`,
      sites: ['AMS'],
    });
    const sam = await harness.token('supervisor', { sites: ['AMS'] });
    const frontline = await subscribe(fiona);
    const supervisor = await subscribe(sam);
    expect(supervisor.events('ready')[0].data).toEqual({ sites: ['AMS'], approvals: true });

    const incidentId = await openIncident(harness, fiona, openBody(policyKey));
    const proposed = await post(harness, `/v1/incidents/${incidentId}/remedies`, fiona, {
      type: 'taxi',
      amount: 50, // above the policy's frontline limit of 25 EUR
      currency: 'EUR',
      description: 'Taxi home',
    });
    expect(proposed.body).toMatchObject({ status: 'pending_approval' });
    const { approvalId, version } = proposed.body as { approvalId: string; version: number };

    const approval = await supervisor.next('approval', (data) => data.approvalId === approvalId);
    expect(approval.data).toEqual({ approvalId, incidentId, site: 'AMS', status: 'pending' });
    // The approval's row and the incident's are written in one transaction and sent in
    // one write: frontline staff who saw that version of the incident saw all there was.
    await frontline.next(
      'incident',
      (data) => data.incidentId === incidentId && Number(data.version) >= version,
    );
    expect(frontline.events('approval')).toEqual([]);
  });

  it('sends approvals to a frontline delegate whose delegation is in effect when the stream opens (issue 12)', async () => {
    const fiona = await harness.token('frontline', { sites: ['AMS'] });
    const frankId = `frank-${randomUUID()}`;
    const frank = await harness.token('frontline', { sub: frankId, sites: ['RTM'] });
    const lent = await post(
      harness,
      '/v1/delegations',
      await harness.token('supervisor', { sites: ['AMS'] }),
      {
        delegateId: frankId,
        role: 'supervisor',
        sites: ['AMS'],
        from: new Date(Date.now() - 1000).toISOString(),
        until: new Date(Date.now() + 60_000).toISOString(),
        reason: 'Annual leave',
      },
    );
    expect(lent.status).toBe(201);
    const delegate = await subscribe(frank);
    expect(delegate.events('ready')[0].data).toEqual({ sites: ['RTM'], approvals: true });

    const incidentId = await openIncident(harness, fiona, openBody(policyKey));
    const proposed = await post(harness, `/v1/incidents/${incidentId}/remedies`, fiona, {
      type: 'taxi',
      amount: 50, // above the frontline limit: a supervisor's, so the delegation's
      currency: 'EUR',
      description: 'Taxi home',
    });
    const { approvalId } = proposed.body as { approvalId: string };
    const approval = await delegate.next('approval', (data) => data.approvalId === approvalId);
    expect(approval.data).toEqual({ approvalId, incidentId, site: 'AMS', status: 'pending' });
    // Approvals of the delegation's site, not its incidents: the incident's change went out
    // in the same write as the approval's, so it would be here had it been sent.
    expect(delegate.events('incident', ofIncident(incidentId))).toEqual([]);
  });

  it('ends a stream at its token’s expiry with an expired event, so it never outlives the token', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await harness.token('frontline', { sites: ['AMS'], expiresIn: exp });
    const stream = await subscribe(token);
    const expired = await stream.next('expired', () => true, 4_000);
    expect(expired.data).toEqual({ expiresAt: new Date(exp * 1000).toISOString() });
    expect(expired.at).toBeGreaterThanOrEqual(exp * 1000);
    await eventually(() => {
      expect(stream.hasEnded).toBe(true);
      return Promise.resolve();
    });
  });

  it('says offline when PostgreSQL drops the listener, ready when it listens again, then delivers', async () => {
    const token = await harness.token('frontline', { sites: ['AMS'] });
    const stream = await subscribe(token);
    const ended = await harness.dataSource.query<{ ended: boolean }[]>(
      'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
      [LISTENER_APPLICATION_NAME],
    );
    expect(ended).toEqual([{ ended: true }]);

    const offline = await stream.next('offline');
    expect(offline.data).toEqual({ dependency: 'postgres' });
    await eventually(async () => {
      expect(lifecycleOf(stream)).toEqual(['retry', 'ready', 'offline', 'ready']);
      return Promise.resolve();
    }, 5_000);

    const incidentId = await openIncident(harness, token, openBody(policyKey));
    await stream.next('incident', ofIncident(incidentId));
  });

  it(`holds at most ${MAX_LIVE_STREAMS_PER_PERSON} streams per person and frees one when its client leaves`, async () => {
    const token = await harness.token('executive', { sub: `eve-${randomUUID()}`, sites: ['*'] });
    for (let i = 0; i < MAX_LIVE_STREAMS_PER_PERSON; i += 1) await subscribe(token);

    const refused = await connect(token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'too_many_requests' });

    open[0].close();
    const deadline = Date.now() + WITHIN_MS;
    let again = await connect(token);
    while (again.status === 429 && Date.now() < deadline) {
      await again.body?.cancel();
      await sleep(50);
      again = await connect(token);
    }
    expect(again.status).toBe(200);
  });
});
