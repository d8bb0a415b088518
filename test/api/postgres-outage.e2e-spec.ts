import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { runMigrations } from '@recovery/database';
import { type CrashablePostgres, startCrashablePostgres } from '../support/crashable-postgres';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { useEnvironment } from './support/e2e-env';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, get, post } from './support/http';

// Issue 10, item 9 (RELIABILITY.md, "PostgreSQL crash"): a trickle of commands while
// PostgreSQL crashes, stays down and comes back, against a private cluster.
const COMMAND_TIMEOUT_MS = 3000;
const TRICKLE_MS = 24_000;
const COMMAND_EVERY_MS = 350;
const CRASH_AT_MS = 4000;
const DOWN_FOR_MS = 10_000;
// A client retries a refused command with the same key, sooner than Retry-After so the
// test stays short; it gives up this long after PostgreSQL is back (the worker's append
// retries back off to 10 s, recovery-run.ts).
const RETRY_EVERY_MS = 1000;
const GIVE_UP_AFTER_RESTART_MS = 25_000;
const INCIDENTS = 3;

interface Attempt {
  status: number;
  code?: unknown;
  detail?: unknown;
  dependency?: unknown;
  retryAfter?: string;
  elapsedMs: number;
  /** When it was sent, relative to the crash (negative: before). */
  sinceCrashMs: number;
}

interface Command {
  key: string;
  incidentId: string;
  kind: 'note' | 'acknowledge';
  attempts: Attempt[];
  succeeded: boolean;
}

describe('a PostgreSQL crash under a trickle of commands', () => {
  let postgres: CrashablePostgres;
  let harness: ApiHarness;
  let fiona: string;
  let incidents: string[];
  const previousDatabaseUrl = process.env.DATABASE_URL;
  // A task queue of its own: this file's worker writes to the private cluster, so it must
  // not take the tasks of incidents whose streams live in the suite's database.
  useEnvironment({
    COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS),
    TEMPORAL_TASK_QUEUE: `e2e-postgres-outage-${randomUUID().slice(0, 8)}`,
  });

  beforeAll(async () => {
    postgres = await startCrashablePostgres('recovery_crash');
    await runMigrations(postgres.url);
    process.env.DATABASE_URL = postgres.url;
    harness = await startApiHarness();
    const policyKey = await createPolicy(harness);
    fiona = await harness.token('frontline', { sub: 'fiona', sites: ['AMS'] });
    incidents = [];
    for (let i = 0; i < INCIDENTS; i += 1)
      incidents.push(await openIncident(harness, fiona, openBody(policyKey)));
  }, 90_000);

  afterAll(() => harness?.close(), 30_000);
  // A hook of its own, so the cluster goes even when closing the apps times out.
  afterAll(async () => {
    await postgres?.destroy();
    process.env.DATABASE_URL = previousDatabaseUrl;
  });

  it('answers 503 naming postgres, never 500, and each retried command applies once', async () => {
    const commands: Command[] = [];
    const clients: Promise<void>[] = [];
    let restartedAt = Number.POSITIVE_INFINITY;
    let crashedAt = Date.now() + CRASH_AT_MS;
    let readinessDuringOutage: request.Response | undefined;

    const outage = (async () => {
      await sleep(CRASH_AT_MS);
      crashedAt = Date.now();
      await postgres.crash();
      await sleep(DOWN_FOR_MS / 2);
      readinessDuringOutage = await request(harness.server).get('/health');
      await sleep(DOWN_FOR_MS / 2);
      await postgres.start();
      restartedAt = Date.now();
    })();

    // One acknowledge per incident (before, during and after the outage), notes otherwise.
    const acknowledgeAt = [1000, CRASH_AT_MS + 3000, CRASH_AT_MS + DOWN_FOR_MS + 1000];
    const started = Date.now();
    for (let sent = 0; Date.now() - started < TRICKLE_MS; sent += 1) {
      const now = Date.now() - started;
      const due = acknowledgeAt.findIndex((at) => at >= 0 && now >= at);
      const command: Command = {
        key: randomUUID(),
        incidentId: incidents[due >= 0 ? due : sent % INCIDENTS],
        kind: due >= 0 ? 'acknowledge' : 'note',
        attempts: [],
        succeeded: false,
      };
      if (due >= 0) acknowledgeAt[due] = -1;
      commands.push(command);
      clients.push(
        untilApplied(
          command,
          () => restartedAt + GIVE_UP_AFTER_RESTART_MS,
          () => crashedAt,
        ),
      );
      await sleep(COMMAND_EVERY_MS);
    }
    await outage;
    await Promise.all(clients);

    const attempts = commands.flatMap((command) => command.attempts);
    const refused = attempts.filter((attempt) => attempt.status >= 500);
    expect(refused.map((attempt) => attempt.dependency)).toContain('postgres');
    // Everything that broke the contract, at once: any 5xx but a 503 that says when to
    // retry and what is down, any answer later than the command deadline and a second,
    // any command never applied, any note not stored exactly once.
    expect({
      notServiceUnavailable: refused.filter((attempt) => attempt.status !== 503),
      withoutRetryAfterOrDependency: countBy(
        refused.filter(
          (attempt) =>
            !/^\d+$/.test(attempt.retryAfter ?? '') ||
            !['postgres', 'temporal'].includes(String(attempt.dependency)),
        ),
      ),
      tooSlow: countBy(attempts.filter((attempt) => attempt.elapsedMs > COMMAND_TIMEOUT_MS + 1000)),
      neverApplied: commands.filter((command) => !command.succeeded).map(lastAttempts),
      notStoredOnce: await notStoredOnce(commands),
    }).toEqual({
      notServiceUnavailable: [],
      withoutRetryAfterOrDependency: {},
      tooSlow: {},
      neverApplied: [],
      notStoredOnce: [],
    });

    expect(readinessDuringOutage?.status).toBe(503);
    expect(readinessDuringOutage?.headers['retry-after']).toMatch(/^\d+$/);
    expect(readinessDuringOutage?.body).toMatchObject({
      code: 'dependency_unavailable',
      dependency: 'postgres',
      details: { unavailable: ['postgres'], checks: { postgres: { status: 'down' } } },
    });

    // Recovered without a restart: a fresh command and readiness both answer.
    const fresh = await post(harness, `/v1/incidents/${incidents[0]}/notes`, fiona, {
      text: 'after the outage',
    });
    expect(fresh.status).toBe(200);
    expect((await request(harness.server).get('/health')).status).toBe(200);
  }, 120_000);

  // Each note key's NoteAdded count when not exactly one, each incident's acknowledgements when not one.
  async function notStoredOnce(commands: Command[]): Promise<string[]> {
    const wrong: string[] = [];
    for (const incidentId of incidents) {
      const events = await get(harness, `/v1/incidents/${incidentId}/events`, fiona);
      const items = (events.body as { items: Body[] }).items;
      const texts = items
        .filter((event) => event.type === 'NoteAdded')
        .map((event) => (event.data as { text: string }).text);
      for (const command of commands) {
        if (command.incidentId !== incidentId || command.kind !== 'note') continue;
        const stored = texts.filter((text) => text === noteText(command.key)).length;
        if (stored !== 1) wrong.push(`${command.key}: ${stored} NoteAdded`);
      }
      const acknowledged = items.filter((event) => event.type === 'IncidentAcknowledged').length;
      if (acknowledged !== 1) wrong.push(`${incidentId}: ${acknowledged} IncidentAcknowledged`);
    }
    return wrong;
  }

  // Sends a command with its key until it is applied, recording every answer.
  async function untilApplied(
    command: Command,
    giveUpAt: () => number,
    crashedAt: () => number,
  ): Promise<void> {
    const path = `/v1/incidents/${command.incidentId}/${command.kind === 'note' ? 'notes' : 'acknowledge'}`;
    const body = command.kind === 'note' ? { text: noteText(command.key) } : {};
    while (Date.now() < giveUpAt()) {
      const sentAt = Date.now();
      const response = await post(harness, path, fiona, body, { 'Idempotency-Key': command.key });
      const answer = response.body as Body;
      command.attempts.push({
        status: response.status,
        code: answer.code,
        detail: answer.detail,
        dependency: answer.dependency,
        retryAfter: response.headers['retry-after'],
        elapsedMs: Date.now() - sentAt,
        sinceCrashMs: sentAt - crashedAt(),
      });
      if (response.status === 200) {
        command.succeeded = true;
        return;
      }
      // Worth retrying: an outage (503), or the first attempt still running (409).
      const retriable =
        response.status === 503 ||
        (response.status === 409 && answer.code === 'idempotent_request_in_progress');
      if (!retriable) return;
      await sleep(RETRY_EVERY_MS);
    }
  }
});

function noteText(key: string): string {
  return `note ${key}`;
}

function lastAttempts(command: Command): Record<string, unknown> {
  return { kind: command.kind, key: command.key, attempts: command.attempts.slice(-3) };
}

// How many attempts of each kind: `503 command_not_taken (at +2.1 s … +9.8 s)`.
function countBy(attempts: Attempt[]): Record<string, string> {
  const groups = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const key = `${attempt.status} ${String(attempt.code)} dependency=${String(attempt.dependency)}`;
    groups.set(key, [...(groups.get(key) ?? []), attempt]);
  }
  return Object.fromEntries(
    [...groups].map(([key, group]) => {
      const at = group.map((attempt) => attempt.sinceCrashMs);
      const slowest = Math.max(...group.map((attempt) => attempt.elapsedMs));
      return [
        key,
        `${group.length}× from ${seconds(Math.min(...at))} to ${seconds(Math.max(...at))} after the crash, slowest ${slowest} ms`,
      ];
    }),
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
