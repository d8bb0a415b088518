import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateEnvironment } from '@recovery/config';
import { nameBasedUuid } from '@recovery/domain';
import { PersonalDataVault } from '@recovery/personal-data';
import {
  freePort,
  locateTemporalCli,
  type RunningTemporal,
  startTemporalDevServer,
} from '@recovery/local-infra';
import { INCIDENT_SEARCH_ATTRIBUTE_NAMES } from '@recovery/workflows';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, eventually, get, post } from './support/http';
import { type HttpAnswer, retryUntilAnswered } from './support/retry-with-key';

// RELIABILITY.md, "Temporal crash": SIGKILL the dev server, start it again on the
// same --db-filename. While it is down a command is a 503 with Retry-After (never a
// 500); once it is back the same Idempotency-Key applies it once, and the timers of
// incidents opened before the crash still fire. Its own server: the global one is shared.
const COMMAND_TIMEOUT_MS = 2000;
// After an outage the worker's poll back-off can keep it away for tens of seconds.
const RECOVERY_WINDOW_MS = 75_000;
const TEST_TIMEOUT_MS = 140_000;

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'temporal-outage-'));
const cliPath = locateTemporalCli({
  explicitPath: validateEnvironment(process.env).TEMPORAL_CLI_PATH,
  toolsDir: resolve('.tools'),
  searchPath: process.env.PATH ?? '',
  log: () => undefined,
});

/** The dev server on this file's port, keeping its state in this file's SQLite database. */
function startTemporal(): Promise<RunningTemporal> {
  return startTemporalDevServer({
    cliPath,
    port,
    databaseFile: join(dataDir, 'temporal.db'),
    logFile: join(dataDir, 'temporal.log'),
    keywordSearchAttributes: INCIDENT_SEARCH_ATTRIBUTE_NAMES,
    log: () => undefined,
  });
}

/** SIGKILL: no shutdown, whatever the server had not written is lost. Resolves once it is gone. */
async function crash(server: RunningTemporal): Promise<void> {
  process.kill(server.pid, 'SIGKILL');
  const deadline = Date.now() + 10_000;
  while (isAlive(server.pid)) {
    if (Date.now() > deadline) throw new Error(`Temporal ${server.pid} survived SIGKILL`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

// Signal 0 checks that the process exists; ESRCH once it has exited and been reaped.
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

/** A supertest response as the retry helper reads it. */
const answerOf = (response: {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}): HttpAnswer => ({
  status: response.status,
  headers: response.headers,
  body: response.body as Body,
});

describe('the Temporal server SIGKILLed and started again', () => {
  let temporal: RunningTemporal | undefined;
  let harness: ApiHarness;
  let policyKey: string;
  let fiona: string;
  const sub = `fiona-${randomUUID().slice(0, 8)}`;
  useEnvironment({
    TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
    COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS),
  });

  beforeAll(async () => {
    temporal = await startTemporal();
    harness = await startApiHarness();
    // Overdue 20 s after opening, escalated 1 s later: both fall after the restart.
    policyKey = await createPolicy(harness, {
      acknowledgeWithin: 'PT20S',
      escalation: [{ after: 'PT1S', to: 'supervisor' }],
    });
    fiona = await harness.token('frontline', { sub, sites: ['AMS'] });
  });
  afterAll(async () => {
    await harness?.close();
    await temporal?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'answers 503 with Retry-After while it is down; afterwards the same keys apply once and timers fire',
    async () => {
      const incidentId = await openIncident(harness, fiona, openBody(policyKey));
      const customerRef = `outage-${randomUUID()}`;
      const openKey = `open-${randomUUID()}`;
      const noteKey = `note-${randomUUID()}`;
      const noteText = `noted during the outage ${randomUUID()}`;
      const open = () =>
        post(harness, '/v1/incidents', fiona, openBody(policyKey, { customerRef }), {
          'Idempotency-Key': openKey,
        }).then(answerOf);
      const noteHeaders = { 'Idempotency-Key': noteKey };
      const note = () =>
        post(
          harness,
          `/v1/incidents/${incidentId}/notes`,
          fiona,
          { text: noteText },
          noteHeaders,
        ).then(answerOf);
      const timed = async (send: () => Promise<HttpAnswer>) => {
        const started = Date.now();
        const answer = await send();
        return { answer, tookMs: Date.now() - started };
      };

      await crash(temporal!);
      const during = await Promise.all([timed(open), timed(note)]);
      for (const { answer } of during) {
        expect({
          status: answer.status,
          retryAfter: answer.headers['retry-after'],
          dependency: answer.body.dependency,
        }).toEqual({
          status: 503,
          retryAfter: expect.stringMatching(/^[1-9]\d*$/) as unknown,
          dependency: 'temporal',
        });
      }

      temporal = await startTemporal();
      const deadline = Date.now() + RECOVERY_WINDOW_MS;
      const [opened, noted] = await Promise.all([
        retryUntilAnswered(open, deadline),
        retryUntilAnswered(note, deadline),
      ]);
      expect(opened.answer.status).toBe(201);
      expect(opened.answer.body.id).toBe(nameBasedUuid('idempotency-key', sub, openKey));
      expect(noted.answer.status).toBe(200);
      const serverErrors = [
        ...during.map((d) => d.answer.status),
        ...opened.attempts,
        ...noted.attempts,
      ].filter((attempt) => typeof attempt === 'number' && attempt >= 500 && attempt !== 503);
      expect(serverErrors).toEqual([]);

      // The reference is sealed (issue 14): its incidents are found by the customer's key.
      const vault = harness.app.get(PersonalDataVault, { strict: false });
      const incidents = await harness.dataSource.query<{ incident_id: string }[]>(
        `SELECT incident_id FROM incident_state WHERE customer_key_id = $1`,
        [await vault.keyIdOf(customerRef)],
      );
      expect(incidents).toEqual([{ incident_id: opened.answer.body.id }]);
      const eventsOf = async (id: string): Promise<Body[]> => {
        const events = await get(harness, `/v1/incidents/${id}/events`, fiona);
        expect(events.status).toBe(200);
        return (events.body as { items: Body[] }).items;
      };
      const notes = (await eventsOf(incidentId)).filter((e) => e.type === 'NoteAdded');
      expect(notes.map((e) => (e.data as Body).text)).toEqual([noteText]);

      // The timers set before the crash were kept by the server and fire, once each.
      await eventually(async () => {
        const types = (await eventsOf(incidentId)).map((e) => e.type);
        expect(types).toEqual(
          expect.arrayContaining(['AcknowledgementOverdue', 'IncidentEscalated']),
        );
      }, 40_000);
      const fired = (await eventsOf(incidentId)).map((e) => e.type);
      expect(fired.filter((type) => type === 'AcknowledgementOverdue')).toHaveLength(1);
      expect(fired.filter((type) => type === 'IncidentEscalated')).toHaveLength(1);

      // Checked last so that a slow refusal does not hide what recovery does: a client
      // holding the request open longer than the command timeout is a failure too.
      expect(Math.max(...during.map((d) => d.tookMs))).toBeLessThan(COMMAND_TIMEOUT_MS + 1000);
    },
    TEST_TIMEOUT_MS,
  );
});
