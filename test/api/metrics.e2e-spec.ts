import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import request from 'supertest';
import { freePort } from '@recovery/local-infra';
import { ASYNC_PROJECTIONS } from '../../apps/worker/src/projections/async-projections';
import { spawnWorker, type WorkerProcess } from '../workflows/support/worker-process';
import {
  type ApiHarness,
  INTAKE_KEY,
  INTAKE_SYSTEM,
  startApiHarness,
} from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { eventually, expectProblem, post } from './support/http';

// Debian's `prometheus` package (.ci/run installs it) ships promtool.
const HAS_PROMTOOL = spawnSync('promtool', ['--version']).error === undefined;
const itWithPromtool = HAS_PROMTOOL ? it : it.skip;
if (!HAS_PROMTOOL) {
  console.warn(
    'promtool is not installed (apt-get install prometheus): the exposition format checks are SKIPPED',
  );
}

/** promtool's verdict on an exposition: its exit code and what it printed. */
function promtoolCheck(exposition: string): { status: number | null; output: string } {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: exposition, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The value of one sample line (`name{labels}`), or undefined when absent. */
function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const COMMAND_TIMEOUT_MS = 1500;

describe('Prometheus metrics of the API and the worker', () => {
  let harness: ApiHarness;
  let policyKey: string;
  let worker: WorkerProcess | undefined;
  let workerMetricsUrl: string;
  // Short, so the command no worker takes times out quickly.
  useEnvironment({ COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS) });

  beforeAll(async () => {
    harness = await startApiHarness();
    policyKey = await createPolicy(harness);
    const port = await freePort();
    workerMetricsUrl = `http://127.0.0.1:${port}/metrics`;
    // The built worker as production runs it: only its main.ts installs the
    // Temporal runtime's exporter, which a worker inside jest cannot have.
    worker = spawnWorker(`metrics-${randomUUID()}`, { WORKER_METRICS_PORT: String(port) });
    await worker.ready(harness.app.get(Client));
  });
  afterAll(async () => {
    await worker?.crash();
    await harness?.close();
  });

  const scrapeApi = async (): Promise<string> => {
    const response = await request(harness.server).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text;
  };
  const scrapeWorker = async (): Promise<string> => {
    const response = await fetch(workerMetricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };
  const deliver = (event: object) =>
    request(harness.server)
      .post('/v1/intake/events')
      .set('X-Api-Key', INTAKE_KEY)
      .set('Content-Type', 'application/cloudevents+json')
      .send(JSON.stringify(event));

  it('the API counts command outcomes: taken, refused and timed out, timed in buckets up to 30 s', async () => {
    const fiona = await harness.token('frontline', { sites: ['AMS'] });
    const id = await openIncident(harness, fiona, openBody(policyKey));
    expect((await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {})).status).toBe(200);
    const again = await post(harness, `/v1/incidents/${id}/acknowledge`, fiona, {});
    expectProblem(again, 409, 'incident_already_acknowledged');
    await harness.stopWorker();
    const note = await post(harness, `/v1/incidents/${id}/notes`, fiona, { text: 'anyone?' });
    expectProblem(note, 503, 'command_not_taken');
    await harness.startWorker();

    const text = await scrapeApi();
    const commands = (command: string, outcome: string) =>
      sample(text, `recovery_commands_total{command="${command}",outcome="${outcome}"}`);
    expect({
      openTaken: commands('open', 'taken'),
      acknowledgeTaken: commands('acknowledge', 'taken'),
      acknowledgeRefused: commands('acknowledge', 'refused'),
      noteTimedOut: commands('addNote', 'timed_out'),
    }).toEqual({ openTaken: 1, acknowledgeTaken: 1, acknowledgeRefused: 1, noteTimedOut: 1 });
    const noteWithin = (le: string) =>
      sample(text, `recovery_command_duration_seconds_bucket{le="${le}",command="addNote"}`);
    expect({ within1s: noteWithin('1'), within30s: noteWithin('30') }).toEqual({
      within1s: 0,
      within30s: 1,
    });
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="30",.*route="\/v1\/incidents"/m,
    );
    expect(text).toMatch(/^# TYPE recovery_incidents_opened_total counter$/m);
    expect(sample(text, 'recovery_incidents_opened_total')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^recovery_incidents_deadline_missed\{deadline="resolve"\} \d+$/m);
  });

  it('the API counts intake outcomes by source and the action read from the type', async () => {
    const opening = {
      specversion: '1.0',
      id: `evt-${randomUUID()}`,
      source: '/telematics/vehicle-7',
      type: 'com.example.telematics.incident.detected',
      data: openBody(policyKey, { kind: 'incident' }),
    };
    expect((await deliver(opening)).status).toBe(201);
    expect((await deliver(opening)).status).toBe(201);
    // A sender-chosen type intake has no meaning for: counted as `unsupported`, not by its name.
    const ping = {
      ...opening,
      id: `evt-${randomUUID()}`,
      type: `com.example.ping.${randomUUID()}`,
    };
    expect((await deliver(ping)).status).toBe(422);

    const text = await scrapeApi();
    const intake = (action: string, outcome: string) =>
      sample(
        text,
        `recovery_intake_events_total{source="${INTAKE_SYSTEM}",action="${action}",outcome="${outcome}"}`,
      );
    expect({
      opened: intake('open', 'opened'),
      duplicate: intake('open', 'duplicate'),
      unsupported: intake('unsupported', 'rejected'),
    }).toEqual({ opened: 1, duplicate: 1, unsupported: 1 });
    expect(text).not.toContain('com.example.ping');
  });

  itWithPromtool('promtool check metrics accepts the API’s exposition', async () => {
    expect(promtoolCheck(await scrapeApi())).toEqual({ status: 0, output: '' });
  });

  it('the worker serves /metrics on WORKER_METRICS_PORT: Temporal runtime metrics, projection lag, webhook outcomes', async () => {
    // The SDK reports its pollers once they have polled.
    await eventually(async () => {
      expect(await scrapeWorker()).toMatch(/^temporal_num_pollers\{/m);
    });
    const text = await scrapeWorker();
    expect(text).toMatch(/^# TYPE temporal_request_total counter$/m);
    for (const { name } of ASYNC_PROJECTIONS) {
      expect(sample(text, `recovery_projection_lag_events{projection="${name}"}`)).toEqual(
        expect.any(Number),
      );
    }
    for (const outcome of ['delivered', 'retry', 'failed']) {
      expect(text).toMatch(
        new RegExp(`^recovery_webhook_deliveries_total\\{outcome="${outcome}"\\} \\d+$`, 'm'),
      );
    }
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect((await fetch(workerMetricsUrl.replace('/metrics', '/other'))).status).toBe(404);
  });

  itWithPromtool('promtool check metrics accepts the worker’s exposition', async () => {
    expect(promtoolCheck(await scrapeWorker())).toEqual({ status: 0, output: '' });
  });
});
