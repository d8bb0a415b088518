// The run's app keys, which the spawned API and worker are given too.
import './support/e2e-env';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { type DataSource } from 'typeorm';
import { incidentStreamId } from '@recovery/domain';
import { nameBasedUuid } from '@recovery/domain';
import { freePort } from '@recovery/local-infra';
import { signDevelopmentToken } from '../../apps/api/src/auth/sign-development-token.util';
import { appsDataConverter } from '../support/payload-data-converter';
import { appsPersonalDataVault } from '../support/personal-data-vault';
import { fromGlobalSetup, openTestDataSource } from '../support/test-database';
import { spawnWorker, type WorkerProcess } from '../workflows/support/worker-process';
import { type ApiProcess, spawnApi } from './support/api-process';
import { openBody, testPolicy } from './support/fixtures';
import {
  type Attempt,
  fetchAnswer,
  type HttpAnswer,
  type Retried,
  retryUntilAnswered,
} from './support/retry-with-key';

// RELIABILITY.md: "A retry with the same Idempotency-Key after any crash … joins the
// first attempt: one incident, one event per command, and the first answer." The API
// runs as the built dist in its own process group and is SIGKILLed mid-flight.
const COMMAND_TIMEOUT_MS = 3000;
const OPENS = 20;
const NOTES = 20;
const NOTE_TARGETS = 4;
const RETRY_WINDOW_MS = 60_000;

const run = randomUUID().slice(0, 8);
const taskQueue = `api-crash-${run}`;
const jwtSecret = randomBytes(32).toString('hex');
const sub = `api-crash-${run}`;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
// Sorted in JS, not by SQL: the database's collation orders text differently.
const byJson = <T>(rows: T[]): T[] =>
  [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('the API SIGKILLed with opens and notes in flight', () => {
  let dataSource: DataSource;
  let connection: Connection;
  let worker: WorkerProcess | undefined;
  let baseUrl: string;
  let port: number;
  let token: string;
  let policyKey: string;
  let noteTargets: string[];
  const apis: ApiProcess[] = [];

  async function startApi(): Promise<ApiProcess> {
    const api = spawnApi({ port, taskQueue, jwtSecret, commandTimeoutMs: COMMAND_TIMEOUT_MS });
    apis.push(api);
    await api.ready();
    return api;
  }

  const post = (path: string, body: object, key?: string, bearer = token) =>
    fetchAnswer(`${baseUrl}${path}`, {
      method: 'POST',
      token: bearer,
      body,
      headers: key === undefined ? {} : { 'Idempotency-Key': key },
    });
  const get = (path: string) => fetchAnswer(`${baseUrl}${path}`, { method: 'GET', token });

  beforeAll(async () => {
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    dataSource = await openTestDataSource(4);
    connection = await Connection.connect({ address: fromGlobalSetup('TEMPORAL_ADDRESS') });
    worker = spawnWorker(taskQueue);
    await Promise.all([
      startApi(),
      worker.ready(new Client({ connection, dataConverter: appsDataConverter() })),
    ]);
    token = await signDevelopmentToken({ sub, role: 'frontline', sites: ['AMS'] }, jwtSecret);
    const admin = await signDevelopmentToken(
      { sub: `admin-${run}`, role: 'admin', sites: ['*'] },
      jwtSecret,
    );
    const policy = testPolicy();
    expect((await post('/v1/policies', policy, undefined, admin)).status).toBe(201);
    policyKey = policy.key;
    noteTargets = [];
    for (const i of range(NOTE_TARGETS)) {
      const opened = await post('/v1/incidents', openBody(policyKey, { summary: `target ${i}` }));
      expect(opened.status).toBe(201);
      noteTargets.push(opened.body.id as string);
    }
  });

  afterAll(async () => {
    for (const api of apis) await api.crash();
    await worker?.crash();
    await connection?.close();
    await dataSource?.destroy();
  });

  it('answers every open and note retried after the crash with its first outcome, applied once', async () => {
    const opens = range(OPENS).map((i) => ({
      key: `open-${run}-${i}`,
      customerRef: `crash-${run}-${i}`,
    }));
    const notes = range(NOTES).map((i) => ({
      key: `note-${run}-${i}`,
      incidentId: noteTargets[i % NOTE_TARGETS],
      text: `note ${i} of ${run}`,
    }));
    const sendOpen = (open: (typeof opens)[number]) => () =>
      post(
        '/v1/incidents',
        openBody(policyKey, { customerRef: open.customerRef, summary: `opened at the crash` }),
        open.key,
      );
    const sendNote = (note: (typeof notes)[number]) => () =>
      post(`/v1/incidents/${note.incidentId}/notes`, { text: note.text }, note.key);
    const sends = [...opens.map(sendOpen), ...notes.map(sendNote)];

    // All at once; the API's group is killed as soon as the first of them is answered.
    let firstAnswered: () => void = () => undefined;
    const someAnswered = new Promise<void>((done) => (firstAnswered = done));
    const inFlight = sends.map((send) =>
      send().then(
        (answer): Attempt => {
          firstAnswered();
          return answer.status;
        },
        (): Attempt => 'no_answer',
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([someAnswered, new Promise((wait) => (timer = setTimeout(wait, 10_000)))]);
    clearTimeout(timer);
    await apis[0].crash();
    const firstAttempts = await Promise.all(inFlight);
    // The crash must have cut requests off, some of them after they reserved their key.
    expect(firstAttempts.filter((attempt) => attempt === 'no_answer').length).toBeGreaterThan(0);
    const [{ reserved }] = await dataSource.query<{ reserved: number }[]>(
      `SELECT count(*)::int AS reserved FROM idempotency_keys WHERE scope = $1 AND status_code IS NULL`,
      [`user:${sub}`],
    );
    expect(reserved).toBeGreaterThan(0);

    await startApi();
    const deadline = Date.now() + RETRY_WINDOW_MS;
    const retried: Retried[] = await Promise.all(
      sends.map((send) => retryUntilAnswered(send, deadline)),
    );
    const openAnswers = retried.slice(0, OPENS).map((r) => r.answer);
    const noteAnswers = retried.slice(OPENS).map((r) => r.answer);

    const expectedIds = opens.map((open) => nameBasedUuid('idempotency-key', sub, open.key));
    expect(openAnswers.map((a) => ({ status: a.status, id: a.body.id }))).toEqual(
      expectedIds.map((id) => ({ status: 201, id })),
    );
    expect(noteAnswers.map((a) => a.status)).toEqual(notes.map(() => 200));
    // Outages are 503s; a 500 at any attempt, before or after the crash, is a bug.
    const serverErrors = [...firstAttempts, ...retried.flatMap((r) => r.attempts)].filter(
      (attempt) => typeof attempt === 'number' && attempt >= 500 && attempt !== 503,
    );
    expect(serverErrors).toEqual([]);

    // A second retry replays the stored first answer.
    const replays: HttpAnswer[] = await Promise.all(sends.map((send) => send()));
    expect(replays.map((a) => [a.status, a.headers['idempotent-replayed']])).toEqual([
      ...opens.map(() => [201, 'true']),
      ...notes.map(() => [200, 'true']),
    ]);
    expect(replays.slice(0, OPENS).map((a) => a.body.id)).toEqual(expectedIds);

    // One incident per open key, under the id derived from it, each opened once.
    // Sealed by the spawned API (issue 14): found and read under the key the apps share.
    const vault = appsPersonalDataVault(dataSource);
    const customers = await Promise.all(opens.map((open) => vault.keyIdOf(open.customerRef)));
    const incidents = await vault.reveal(
      await dataSource.query<{ customer_ref: string; incident_id: string }[]>(
        `SELECT customer_ref, incident_id FROM incident_state WHERE customer_key_id = ANY($1::uuid[])`,
        [customers],
      ),
    );
    expect(byJson(incidents)).toEqual(
      byJson(
        opens.map((open, i) => ({ customer_ref: open.customerRef, incident_id: expectedIds[i] })),
      ),
    );
    const openedEvents = await dataSource.query<{ stream_id: string }[]>(
      `SELECT stream_id FROM events WHERE type = 'IncidentOpened' AND stream_id = ANY($1)`,
      [expectedIds.map(incidentStreamId)],
    );
    expect(byJson(openedEvents.map((e) => e.stream_id))).toEqual(
      byJson(expectedIds.map(incidentStreamId)),
    );

    // One NoteAdded per note key, on its own incident.
    const noteEvents = await vault.reveal(
      await dataSource.query<{ stream_id: string; text: string }[]>(
        `SELECT stream_id, data->>'text' AS text FROM events
          WHERE type = 'NoteAdded' AND stream_id = ANY($1)`,
        [noteTargets.map(incidentStreamId)],
      ),
    );
    expect(byJson(noteEvents)).toEqual(
      byJson(
        notes.map((note) => ({ stream_id: incidentStreamId(note.incidentId), text: note.text })),
      ),
    );

    const reads = await Promise.all(expectedIds.map((id) => get(`/v1/incidents/${id}`)));
    expect(reads.map((r) => [r.status, r.body.id])).toEqual(expectedIds.map((id) => [200, id]));
  });
});
