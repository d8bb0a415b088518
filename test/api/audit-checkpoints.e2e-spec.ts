import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type DataSource } from 'typeorm';
import { incidentStreamId } from '@recovery/domain';
import {
  deleteLastEvent,
  deleteStream,
  rewriteLastEventWithChain,
  whileTampered,
} from '../support/history-tampering';
import { openTestDataSource } from '../support/test-database';
import { type ApiHarness, startApiHarness } from './support/api-test-harness';
import { createPolicy, openBody, openIncident } from './support/fixtures';
import { type Body, expectProblem, get, post } from './support/http';

// The built verifier, exactly as `npm run audit:verify` runs it (npm test builds before the e2e tests).
const VERIFIER = resolve(import.meta.dirname, '../../dist/tools/audit/verify-export.js');

interface KeptCheckpoint extends Body {
  checkpointId: string;
  keyId: string;
  takenBy: string;
  heads: { streamId: string; version: number; hash: string }[];
}

/**
 * Issue 14, item 1 over HTTP: an auditor takes a checkpoint, keeps it with the public
 * key, and later proves with it (POST /v1/audit/verify, or offline with the CLI) that
 * nothing at or before it was cut short, deleted or rewritten with the chain
 * recomputed, which GET /v1/audit/verify alone cannot show. Tampering is done as the
 * database owner with the triggers off, and undone.
 */
describe('signed checkpoints over HTTP', () => {
  let harness: ApiHarness;
  let owner: DataSource;
  let executive: string;
  let frontline: string;
  let incidents: string[];
  let kept: KeptCheckpoint;
  const auditor = `auditor-${Date.now()}`;

  beforeAll(async () => {
    harness = await startApiHarness();
    owner = await openTestDataSource(2);
    executive = await harness.token('executive', { sub: auditor, sites: ['*'] });
    frontline = await harness.token('frontline');
    const policyKey = await createPolicy(harness);
    incidents = [];
    for (let i = 0; i < 3; i++) {
      const id = await openIncident(harness, frontline, openBody(policyKey));
      // Two events each, so removing the last leaves a stream that is shorter, not gone.
      const acknowledged = await post(harness, `/v1/incidents/${id}/acknowledge`, frontline, {});
      expect(acknowledged.status).toBe(200);
      incidents.push(id);
    }
    const taken = await post(harness, '/v1/audit/checkpoints', executive);
    expect(taken.status).toBe(201);
    kept = taken.body as KeptCheckpoint;
    expect(taken.headers.location).toBe(`/v1/audit/checkpoints/${kept.checkpointId}`);
  });
  afterAll(async () => {
    await owner?.destroy();
    await harness?.close();
  });

  const verify = (checkpoint: object) => post(harness, '/v1/audit/verify', executive, checkpoint);
  const withoutHeads = (): Body => {
    const { heads: _, ...summary } = kept;
    return summary;
  };

  it('takes a checkpoint as the caller, over every stream, fetchable at its Location and listed newest first', async () => {
    expect(kept.takenBy).toBe(auditor);
    expect(kept.heads.map((head) => head.streamId)).toEqual(
      expect.arrayContaining(incidents.map((id) => incidentStreamId(id))),
    );
    const fetched = await get(harness, `/v1/audit/checkpoints/${kept.checkpointId}`, executive);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(kept);
    const latest = await get(harness, '/v1/audit/checkpoints/latest', executive);
    expect(latest.status).toBe(200);
    expect(latest.body).toHaveProperty('heads');

    const first = await get(harness, '/v1/audit/checkpoints?limit=1', executive);
    expect(first.status).toBe(200);
    const { items, nextCursor } = first.body as { items: Body[]; nextCursor: string };
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty('heads');
    const next = await get(
      harness,
      `/v1/audit/checkpoints?limit=1&cursor=${nextCursor}`,
      executive,
    );
    const [older] = (next.body as { items: Body[] }).items;
    expect(Date.parse(older.takenAt as string)).toBeLessThanOrEqual(
      Date.parse(items[0].takenAt as string),
    );
    expect(older.checkpointId).not.toBe(items[0].checkpointId);
  });

  it('serves the public key as a JWK whose kid the checkpoint names', async () => {
    const key = await get(harness, '/v1/audit/signing-key', executive);
    expect(key.status).toBe(200);
    const { x, ...named } = key.body as Body;
    expect(named).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      kid: kept.keyId,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(x).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('holds for the kept checkpoint while nothing was touched, with or without its heads', async () => {
    for (const checkpoint of [kept, withoutHeads()]) {
      const response = await verify(checkpoint);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        ok: true,
        storeMatchesDigest: true,
        differingStreams: [],
        store: { ok: true, scope: 'store', readModels: { ok: true } },
      });
    }
  });

  it('names each stream cut short, deleted or rewritten with its chain recomputed, and how, from kept or stored heads', async () => {
    const [truncated, deleted, rewritten] = incidents.map((id) => incidentStreamId(id));
    await whileTampered(
      owner,
      truncated,
      () => deleteLastEvent(owner, truncated),
      async () => {
        await whileTampered(
          owner,
          deleted,
          () => deleteStream(owner, deleted),
          async () => {
            const rewrite = () => rewriteLastEventWithChain(owner, rewritten);
            await whileTampered(owner, rewritten, rewrite, async () => {
              const chainsAlone = await get(harness, '/v1/audit/verify', executive);
              expect((chainsAlone.body as Body).broken).toBeUndefined();
              for (const [checkpoint, headsFrom] of [
                [kept, 'request'],
                [withoutHeads(), 'stored'],
              ] as const) {
                const response = await verify(checkpoint);
                expect(response.status).toBe(200);
                expect(response.body).toMatchObject({
                  ok: false,
                  storeMatchesDigest: false,
                  headsFrom,
                });
                const named = (response.body as { differingStreams: Body[] }).differingStreams;
                expect(named.map(({ streamId, reason }) => ({ streamId, reason }))).toEqual(
                  [
                    { streamId: truncated, reason: 'truncated' },
                    { streamId: deleted, reason: 'stream-missing' },
                    { streamId: rewritten, reason: 'rewritten' },
                  ].sort((x, y) => (x.streamId < y.streamId ? -1 : 1)),
                );
                const drift = (response.body as { store: { readModels: { differing: Body[] } } })
                  .store.readModels.differing;
                expect(drift.map((row) => row.incidentId)).toEqual(
                  expect.arrayContaining([incidents[0], incidents[1]]),
                );
              }
            });
          },
        );
      },
    );
    expect((await verify(kept)).body).toMatchObject({ ok: true, differingStreams: [] });
  });

  it('refuses with 422, saying why, a checkpoint edited after signing or naming another key', async () => {
    const edited = await verify({ ...kept, takenBy: 'someone-else' });
    expect(expectProblem(edited, 422, 'checkpoint_signature_invalid').detail).toMatch(/altered/);
    const otherKey = await verify({ ...kept, keyId: 'A'.repeat(43) });
    expect(expectProblem(otherKey, 422, 'checkpoint_signature_invalid').detail).toContain(
      kept.keyId,
    );
  });

  it.each([
    ['an unknown member', { extra: true }, 'extra'],
    ['a number sent as a string', { streams: '3' }, 'streams'],
    [
      'a malformed head',
      { heads: [{ streamId: 'x', version: 0, hash: 'nope' }] },
      'heads.0.version',
    ],
    ['heads that are no list', { heads: 'all of them' }, 'heads'],
    [
      'a position without its transaction',
      { position: { globalPosition: 1 } },
      'position.transactionId',
    ],
  ])('refuses %s in a kept checkpoint with 400 naming it', async (_, change, field) => {
    const response = await verify({ ...kept, ...change });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toContain(field);
  });

  it('lets frontline staff neither take nor check checkpoints', async () => {
    const before = await get(harness, '/v1/audit/checkpoints?limit=1', executive);
    expectProblem(await post(harness, '/v1/audit/checkpoints', frontline), 403, 'forbidden');
    expectProblem(await post(harness, '/v1/audit/verify', frontline, kept), 403, 'forbidden');
    const after = await get(harness, '/v1/audit/checkpoints?limit=1', executive);
    expect(after.body).toEqual(before.body);
  });

  describe('npm run audit:verify, offline', () => {
    let files: { checkpoint: string; events: string; key: string };
    let csv: string;

    beforeAll(async () => {
      const folder = mkdtempSync(join(tmpdir(), 'audit-e2e-'));
      files = {
        checkpoint: join(folder, 'checkpoint.json'),
        events: join(folder, 'events.csv'),
        key: join(folder, 'signing-key.json'),
      };
      const exported = await get(harness, '/v1/audit/exports/events.csv', executive);
      expect(exported.status).toBe(200);
      csv = exported.text;
      const key = await get(harness, '/v1/audit/signing-key', executive);
      writeFileSync(files.checkpoint, JSON.stringify(kept));
      writeFileSync(files.key, JSON.stringify(key.body));
      writeFileSync(files.events, csv);
    });

    const runVerifier = () => {
      if (!existsSync(VERIFIER)) throw new Error(`${VERIFIER} is missing: run \`npm run build\``);
      const args = ['--checkpoint', files.checkpoint, '--events', files.events, '--key', files.key];
      return spawnSync(process.execPath, [VERIFIER, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    };

    it('exits 0 for the export and the kept checkpoint', () => {
      const run = runVerifier();
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(run.stdout).toContain('OK: every incident of the checkpoint reaches its signed head');
    });

    it('exits 1 naming the incident whose last line was dropped from the export', () => {
      const [incidentId] = incidents;
      const lines = csv.split('\r\n');
      const last = lines.reduce(
        (found, line, at) => (line.startsWith(`${incidentId},`) ? at : found),
        -1,
      );
      writeFileSync(files.events, [...lines.slice(0, last), ...lines.slice(last + 1)].join('\r\n'));
      const run = runVerifier();
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`incident ${incidentId}: truncated at version 2`);
    });
  });
});
