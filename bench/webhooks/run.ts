// The webhook latency benchmark (issue 13): `npm run bench:webhooks [-- flags]`.
// Flags: --incidents N (default 20) opened one every --spacing-ms (default 300);
// --outage-seconds S (default 0: skipped): afterwards the receiver goes down for S
// seconds while --outage-incidents K (default 10) are opened and escalate, then comes
// back; the run reports whether every event arrived and how long the catch-up took.
// Services as runBenchmark says. An escalation's latency runs from the moment its event
// was recorded (`ce-time`) to its arrival at a real local receiver.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { BENCH_SITE, type BenchSystem } from '../support/bench-system';
import { JsonHttp } from '../support/json-http';
import { runBenchmark } from '../support/run-benchmark';
import { ascending, median, quantile } from '../support/stats';
import { WebhookReceiver } from '../support/webhook-receiver';

const { values: flags } = parseArgs({
  options: {
    incidents: { type: 'string', default: '20' },
    'spacing-ms': { type: 'string', default: '300' },
    'outage-seconds': { type: 'string', default: '0' },
    'outage-incidents': { type: 'string', default: '10' },
  },
});

// The receiver listens on loopback.
process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true';

// Unacknowledged for 2 s, one rung up a second later: every incident escalates within seconds.
const ESCALATING_POLICY = {
  title: 'Webhook benchmark: escalates at once',
  appliesTo: { categories: ['vehicle_breakdown'], severities: ['high'] },
  acknowledgeWithin: 'PT2S',
  resolveWithin: 'PT2H',
  escalation: [{ after: 'PT1S', to: 'supervisor' }],
  remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
  approvalTimeout: 'PT10M',
  followUpAfter: 'P1D',
  feedbackWindow: 'P3D',
};

async function measureWebhooks(system: BenchSystem): Promise<void> {
  const admin = new JsonHttp(system.baseUrl, await system.token('admin'), 4);
  const frontline = new JsonHttp(system.baseUrl, await system.token('frontline'), 4);
  const receiver = await WebhookReceiver.start();
  try {
    const policyKey = `bench-webhooks-${randomUUID().slice(0, 8)}`;
    await admin.expectOk('POST', '/v1/policies', { key: policyKey, ...ESCALATING_POLICY });
    await admin.expectOk('POST', '/v1/subscriptions', {
      url: receiver.url,
      eventTypes: ['IncidentOpened', 'IncidentEscalated'],
      sites: [BENCH_SITE],
    });
    const open = () => openEscalating(frontline, policyKey);

    const incidents = await openSpaced(open, Number(flags.incidents), Number(flags['spacing-ms']));
    await untilEscalated(receiver, incidents);
    const latencies = ascending(incidents.map((id) => escalationLatencyMs(receiver, id)));
    console.log(
      `escalation → receiver over ${latencies.length} incidents: median ${median(latencies)} ms, ` +
        `p90 ${quantile(latencies, 0.9)} ms, max ${latencies.at(-1)} ms (target: within 2000 ms)`,
    );

    const outageSeconds = Number(flags['outage-seconds']);
    if (outageSeconds > 0) await measureOutage(receiver, open, outageSeconds);
  } finally {
    admin.close();
    frontline.close();
    await receiver.stop();
  }
}

async function measureOutage(
  receiver: WebhookReceiver,
  open: () => Promise<string>,
  outageSeconds: number,
): Promise<void> {
  await receiver.stop();
  const count = Number(flags['outage-incidents']);
  const downSince = Date.now();
  const incidents = await openSpaced(open, count, (outageSeconds * 1000) / count);
  await sleep(Math.max(0, downSince + outageSeconds * 1000 - Date.now())); // the rest of the outage
  const backAt = Date.now();
  await receiver.restart();
  await untilEscalated(receiver, incidents, outageSeconds * 2_000 + 60_000);
  const missing = incidents.filter((id) => receiver.about(id).length < 2).length;
  const caughtUp = Math.max(...incidents.map((id) => receiver.about(id)[1].receivedAt)) - backAt;
  console.log(
    `receiver down ${outageSeconds} s while ${count} incidents opened and escalated: ` +
      `${missing} missing, all delivered in stream order ${caughtUp} ms after it came back`,
  );
}

async function openEscalating(http: JsonHttp, policyKey: string): Promise<string> {
  const opened = await http.expectOk<{ id: string }>('POST', '/v1/incidents', {
    kind: 'complaint',
    channel: 'phone',
    category: 'vehicle_breakdown',
    severity: 'high',
    customerRef: 'C-1',
    site: BENCH_SITE,
    summary: 'bench: rental car does not start',
    policyKey,
  });
  return opened.id;
}

async function openSpaced(
  open: () => Promise<string>,
  count: number,
  spacingMs: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(await open());
    await sleep(spacingMs);
  }
  return ids;
}

/** Waits until every incident's opening and escalation arrived, in that order. */
async function untilEscalated(
  receiver: WebhookReceiver,
  incidents: string[],
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const done = () =>
    incidents.every((id) => {
      const types = receiver.about(id).map((r) => r.headers['ce-type']);
      return (
        types.length === 2 && types[0] === 'IncidentOpened' && types[1] === 'IncidentEscalated'
      );
    });
  while (!done()) {
    if (Date.now() > deadline) throw new Error('not every escalation arrived in time');
    await sleep(100);
  }
}

function escalationLatencyMs(receiver: WebhookReceiver, incidentId: string): number {
  const escalated = receiver.about(incidentId)[1];
  return escalated.receivedAt - Date.parse(escalated.headers['ce-time'] as string);
}

runBenchmark('bench:webhooks', measureWebhooks);
