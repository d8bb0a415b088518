/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers (expect.any…) are typed any */
import { HTTP } from 'cloudevents';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, eventually, expectProblem, get, post } from './support/http';
import { WebhookReceiver } from '../../bench/support/webhook-receiver';
import request from 'supertest';

// Issue 13, item 2: signed webhook subscriptions, against a real local receiver that
// verifies signatures with the `standardwebhooks` library.

interface Subscription {
  subscriptionId: string;
  secret: string;
}

async function subscribe(harness: ApiHarness, token: string, body: object): Promise<Subscription> {
  const response = await post(harness, '/v1/subscriptions', token, body);
  if (response.status !== 201)
    throw new Error(`not subscribed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Subscription;
}

const deliveriesOf = async (harness: ApiHarness, token: string, subscriptionId: string) =>
  (await get(harness, `/v1/subscriptions/${subscriptionId}/deliveries`, token)).body as {
    items: Body[];
  };

describe('webhook subscriptions', () => {
  let harness: ApiHarness;
  let admin: string;
  let fiona: string;
  let escalatingPolicy: string;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    harness = await startApiHarness();
    admin = await harness.token('admin', { sites: ['*'] });
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS', 'RTM'] });
    // Unacknowledged for 2 s, then one rung up a second later: an escalation within seconds.
    escalatingPolicy = await createPolicy(harness, {
      acknowledgeWithin: 'PT2S',
      escalation: [{ after: 'PT1S', to: 'supervisor' }],
    });
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await harness?.close();
    await receiver?.stop();
  });

  it('creates a subscription for admins only, shows its secret once, and lists it without', async () => {
    const created = await post(harness, '/v1/subscriptions', admin, {
      url: receiver.url,
      eventTypes: ['IncidentEscalated'],
      sites: ['AMS'],
    });
    expect(created.status).toBe(201);
    const { subscriptionId } = created.body as Subscription;
    expect(created.body).toMatchObject({
      subscriptionId: expect.any(String),
      url: receiver.url,
      eventTypes: ['IncidentEscalated'],
      sites: ['AMS'],
      secret: expect.stringMatching(/^whsec_/),
    });
    const listed = (await get(harness, '/v1/subscriptions', admin)).body as { items: Body[] };
    const mine = listed.items.find((item) => item.subscriptionId === subscriptionId);
    expect(mine).toMatchObject({ url: receiver.url });
    expect(mine).not.toHaveProperty('secret');

    expect((await get(harness, '/v1/subscriptions', fiona)).status).toBe(403);
    const amsAdmin = await harness.token('admin', { sites: ['AMS'] });
    expect(
      ((await get(harness, '/v1/subscriptions', amsAdmin)).body as { items: Body[] }).items.map(
        (item) => item.subscriptionId,
      ),
    ).toContain(subscriptionId);
    expectProblem(
      await post(harness, '/v1/subscriptions', amsAdmin, {
        url: receiver.url,
        eventTypes: ['IncidentEscalated'],
        sites: ['RTM'],
      }),
      403,
      'subscription_site_forbidden',
    );
    const ended = await request(harness.server)
      .delete(`/v1/subscriptions/${subscriptionId}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(ended.status).toBe(204);
  });

  it.each([
    [
      { url: 'ftp://hooks.example.com/in', eventTypes: ['IncidentEscalated'] },
      422,
      'invalid_subscription',
    ],
    [
      { url: 'https://me:pw@hooks.example.com/', eventTypes: ['IncidentEscalated'] },
      422,
      'invalid_subscription',
    ],
    [{ url: 'not a url', eventTypes: ['IncidentEscalated'] }, 422, 'invalid_subscription'],
    [{ url: 'https://hooks.example.com/', eventTypes: ['NoSuchEvent'] }, 400, 'validation_failed'],
    [{ url: 'https://hooks.example.com/', eventTypes: [] }, 400, 'validation_failed'],
    [
      { url: 'https://hooks.example.com/', eventTypes: ['IncidentOpened'], sites: ['A M S'] },
      400,
      'validation_failed',
    ],
  ])('refuses %j with %i and stores nothing', async (body, status, code) => {
    const before = (await get(harness, '/v1/subscriptions', admin)).body as { items: Body[] };
    expectProblem(await post(harness, '/v1/subscriptions', admin, body), status, code);
    const after = (await get(harness, '/v1/subscriptions', admin)).body as { items: Body[] };
    expect(after.items).toHaveLength(before.items.length);
  });

  it('delivers an escalation as a signed binary-mode CloudEvent, in stream order, to its site only', async () => {
    const ams = await subscribe(harness, admin, {
      url: receiver.url,
      eventTypes: ['IncidentOpened', 'IncidentEscalated'],
      sites: ['AMS'],
    });
    const rtmReceiver = await WebhookReceiver.start();
    await subscribe(harness, admin, {
      url: rtmReceiver.url,
      eventTypes: ['IncidentOpened', 'IncidentEscalated'],
      sites: ['RTM'],
    });
    try {
      const incidentId = await openIncident(harness, fiona, openBody(escalatingPolicy));
      await eventually(() => {
        expect(receiver.about(incidentId).map((r) => r.headers['ce-type'])).toEqual([
          'IncidentOpened',
          'IncidentEscalated',
        ]);
      });
      const [opened, escalated] = receiver
        .verified(ams.secret)
        .filter((r) => r.headers['ce-subject'] === incidentId);
      expect(escalated.payload).toMatchObject({ incidentId, level: 1, to: 'supervisor' });
      expect(opened.payload).toMatchObject({ incidentId, site: 'AMS' });
      expect(escalated.headers).toMatchObject({
        'ce-specversion': '1.0',
        'ce-source': `/v1/incidents/${incidentId}`,
        'content-type': 'application/json',
      });
      // The official SDK reads it as a valid CloudEvent.
      const event = HTTP.toEvent({ headers: escalated.headers, body: escalated.body });
      expect(event).toMatchObject({ type: 'IncidentEscalated', subject: incidentId });

      // A subscription to RTM gets nothing of an AMS incident.
      const rtmIncident = await openIncident(
        harness,
        fiona,
        openBody(escalatingPolicy, { site: 'RTM' }),
      );
      await eventually(() => {
        expect(rtmReceiver.about(rtmIncident).length).toBeGreaterThanOrEqual(1);
      });
      expect(rtmReceiver.about(incidentId)).toEqual([]);
      expect(receiver.about(rtmIncident)).toEqual([]);
    } finally {
      await rtmReceiver.stop();
    }
  });

  it('retries a receiver that answers 500 and then 200, with the same webhook-id', async () => {
    const flaky = await WebhookReceiver.start();
    const subscription = await subscribe(harness, admin, {
      url: flaky.url,
      eventTypes: ['IncidentOpened'],
    });
    try {
      flaky.answerNext(500);
      const incidentId = await openIncident(harness, fiona, openBody(escalatingPolicy));
      await eventually(() => {
        expect(flaky.about(incidentId).map((r) => r.answered)).toEqual([500, 200]);
      });
      const [first, second] = flaky.about(incidentId);
      expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
      let delivery: Body = {};
      await eventually(async () => {
        [delivery] = (await deliveriesOf(harness, admin, subscription.subscriptionId)).items;
        expect(delivery).toMatchObject({
          deliveryId: first.headers['webhook-id'],
          status: 'delivered',
          attempts: 2,
          lastStatusCode: 200,
        });
      });

      // A redelivery sends it once more, still with the same webhook-id.
      const redelivered = await post(
        harness,
        `/v1/subscriptions/${subscription.subscriptionId}/deliveries/${delivery.deliveryId as string}/redeliver`,
        admin,
      );
      expect(redelivered.status).toBe(202);
      await eventually(() => expect(flaky.about(incidentId)).toHaveLength(3));
      expect(flaky.about(incidentId)[2].headers['webhook-id']).toBe(delivery.deliveryId);
      expect(flaky.verified(subscription.secret)).toHaveLength(flaky.requests.length);
    } finally {
      await flaky.stop();
    }
  });

  it('misses nothing of a receiver that is down and comes back, and keeps each incident in order', async () => {
    const later = await WebhookReceiver.start();
    const subscription = await subscribe(harness, admin, {
      url: later.url,
      eventTypes: ['IncidentOpened', 'IncidentEscalated'],
    });
    try {
      await later.stop();
      const incidents = [
        await openIncident(harness, fiona, openBody(escalatingPolicy)),
        await openIncident(harness, fiona, openBody(escalatingPolicy)),
      ];
      // Down while both escalate: every attempt so far was refused.
      await eventually(async () => {
        const { items } = await deliveriesOf(harness, admin, subscription.subscriptionId);
        expect(items.filter((item) => item.lastError !== null)).toHaveLength(2);
      });
      await later.restart();
      await eventually(() => {
        for (const incidentId of incidents)
          expect(later.about(incidentId).map((r) => r.headers['ce-type'])).toEqual([
            'IncidentOpened',
            'IncidentEscalated',
          ]);
      }, 40_000);
      const { items } = await deliveriesOf(harness, admin, subscription.subscriptionId);
      expect(items.every((item) => item.status === 'delivered')).toBe(true);
      expect(Math.max(...items.map((item) => item.attempts as number))).toBeGreaterThan(1);
    } finally {
      await later.stop();
    }
  });

  it('sends nothing more once a subscription is ended', async () => {
    const gone = await WebhookReceiver.start();
    const subscription = await subscribe(harness, admin, {
      url: gone.url,
      eventTypes: ['IncidentOpened'],
    });
    try {
      const ended = await request(harness.server)
        .delete(`/v1/subscriptions/${subscription.subscriptionId}`)
        .set('Authorization', `Bearer ${admin}`);
      expect(ended.status).toBe(204);
      const incidentId = await openIncident(harness, fiona, openBody(escalatingPolicy));
      // Meanwhile a live subscription gets the same incident, so the outbox has passed it.
      await eventually(() => expect(receiver.about(incidentId).length).toBeGreaterThan(0));
      expect(gone.about(incidentId)).toEqual([]);
      expectProblem(
        await get(harness, `/v1/subscriptions/${subscription.subscriptionId}/deliveries`, admin),
        404,
        'subscription_not_found',
      );
    } finally {
      await gone.stop();
    }
  });
});

describe('webhook deliveries past their retry window', () => {
  useEnvironment({ WEBHOOK_RETRY_WINDOW_SECONDS: '2' });
  let harness: ApiHarness;

  beforeAll(async () => (harness = await startApiHarness()));
  afterAll(() => harness?.close());

  it('are marked failed, and a redelivery brings them back', async () => {
    const admin = await harness.token('admin', { sites: ['*'] });
    const receiver = await WebhookReceiver.start();
    const subscription = await subscribe(harness, admin, {
      url: receiver.url,
      eventTypes: ['IncidentOpened'],
    });
    try {
      receiver.answerAlways(503);
      const policy = await createPolicy(harness);
      const frontline = await harness.token('frontline', { sites: ['AMS'] });
      const incidentId = await openIncident(harness, frontline, openBody(policy));
      let failed: Body | undefined;
      await eventually(async () => {
        const { items } = await deliveriesOf(harness, admin, subscription.subscriptionId);
        failed = items.find((item) => item.status === 'failed');
        expect(failed).toMatchObject({ lastStatusCode: 503, lastError: 'receiver answered 503' });
      });
      receiver.answerAlways(200);
      const redelivered = await post(
        harness,
        `/v1/subscriptions/${subscription.subscriptionId}/deliveries/${failed!.deliveryId as string}/redeliver`,
        admin,
      );
      expect(redelivered.status).toBe(202);
      await eventually(() => expect(receiver.about(incidentId).at(-1)?.answered).toBe(200));
    } finally {
      await receiver.stop();
    }
  });
});

describe('webhook targets in production', () => {
  useEnvironment({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' });
  let harness: ApiHarness;

  beforeAll(async () => (harness = await startApiHarness()));
  afterAll(() => harness?.close());

  it.each([
    'http://127.0.0.1:8080/in',
    'http://localhost:3000/in',
    'http://169.254.169.254/latest/meta-data',
    'http://10.0.0.8/in',
    'http://[::1]/in',
  ])('refuses %s: a subscription cannot probe the internal network', async (url) => {
    const admin = await harness.token('admin', { sites: ['*'] });
    const refused = expectProblem(
      await post(harness, '/v1/subscriptions', admin, { url, eventTypes: ['IncidentOpened'] }),
      422,
      'invalid_subscription',
    );
    expect(refused.errors).toEqual([
      { field: 'url', message: expect.stringMatching(/not a public (address|host)/) },
    ]);
  });
});
