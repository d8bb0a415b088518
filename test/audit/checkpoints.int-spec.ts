import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import {
  AuditCheckpointsService,
  AuditSigningKey,
  AuditVerificationService,
  type SignedCheckpoint,
} from '@recovery/audit';
import { AuditCheckpointsRepository } from '../../libs/audit/src/checkpoints/audit-checkpoints.repository';
import { incidentStreamId } from '@recovery/domain';
import { EventStore } from '@recovery/event-store';
import { incidentInlineProjections } from '@recovery/incidents';
import { contentDigest, linkHash } from '../../libs/event-store/src/hashing/event-hash.util';
import { checkIncidentReadModels } from '../../libs/audit/src/verification/read-model-drift';
import { withoutTriggers } from '../support/test-database';
import { appendScenarios, openAuditDataSource } from './support/audit-test-database';
import { knownHistory } from './support/known-history';

/**
 * Issue 14, item 1: a checkpoint kept outside catches what the chains alone cannot —
 * a removed tail, a deleted stream, a chain recomputed after an edit — and names the
 * stream; the read-model check catches a read model ahead of its cut stream. Each
 * tampering is done as the database owner with the triggers off, then undone.
 */
describe('signed checkpoints', () => {
  let dataSource: DataSource;
  let store: EventStore;
  let checkpoints: AuditCheckpointsService;
  let verification: AuditVerificationService;
  let streams: string[];

  beforeAll(async () => {
    dataSource = await openAuditDataSource();
    store = new EventStore(dataSource, { inlineProjections: incidentInlineProjections });
    const key = AuditSigningKey.fromPem(
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    );
    checkpoints = new AuditCheckpointsService(
      store,
      new AuditCheckpointsRepository(dataSource),
      key,
    );
    verification = new AuditVerificationService(store, dataSource);
    const scenarios = knownHistory().scenarios.slice(0, 3);
    await appendScenarios(store, scenarios);
    streams = scenarios.map((scenario) => incidentStreamId(scenario.incidentId));
  });
  afterAll(() => dataSource.destroy());

  /** Runs `tamper` as the owner with the triggers off, checks, then puts the stream back as it was. */
  async function whileTampered(
    streamId: string,
    tamper: () => Promise<void>,
    check: () => Promise<void>,
  ): Promise<void> {
    const backup = `checkpoint_test_${randomUUID().replace(/-/g, '')}`;
    await dataSource.query(
      `CREATE TABLE ${backup} AS SELECT * FROM events WHERE stream_id = '${streamId}'`,
    );
    try {
      await tamper();
      await check();
    } finally {
      await withoutTriggers(dataSource, `DELETE FROM events WHERE stream_id = $1`, [streamId]);
      await withoutTriggers(dataSource, `INSERT INTO events SELECT * FROM ${backup}`, []);
      await dataSource.query(`DROP TABLE ${backup}`);
    }
  }

  const deleteTail = (streamId: string) => () =>
    withoutTriggers(
      dataSource,
      `DELETE FROM events WHERE stream_id = $1
          AND stream_version = (SELECT max(stream_version) FROM events WHERE stream_id = $1)`,
      [streamId],
    );

  /** Edits the last event's data and recomputes its link with the published algorithm. */
  const rewriteWithChain = (streamId: string) => async () => {
    const events = await store.readStream(streamId);
    const last = events[events.length - 1];
    const data = { ...last.data, forged: true };
    const hash = linkHash(
      Buffer.from(last.prevHash, 'hex'),
      last,
      contentDigest({ ...last, data, personalDataDigest: null }),
    );
    await withoutTriggers(
      dataSource,
      `UPDATE events SET data = $2, hash = $3 WHERE stream_id = $1 AND stream_version = $4`,
      [streamId, JSON.stringify(data), hash, last.streamVersion],
    );
  };

  it('is signed, covers every stream, and verifies against an untouched store', async () => {
    const taken = await checkpoints.take('auditor-1');
    expect(taken).toMatchObject({ takenBy: 'auditor-1', keyId: checkpoints.signingKey.kid });
    expect(taken.heads.map((head) => head.streamId)).toEqual(expect.arrayContaining(streams));
    expect(await checkpoints.latest()).toEqual(taken);
    expect(await checkpoints.verify(taken)).toMatchObject({
      ok: true,
      signatureValid: true,
      storeMatchesDigest: true,
      headsFrom: 'request',
      differingStreams: [],
    });
  });

  it('refuses a checkpoint edited after signing, and names streams only from heads that match its digest', async () => {
    const taken = await checkpoints.take('auditor-1');
    const edited: SignedCheckpoint = { ...taken, takenBy: 'someone-else' };
    expect(await checkpoints.verify(edited)).toMatchObject({ ok: false, signatureValid: false });
    const shortened: SignedCheckpoint = { ...taken, heads: taken.heads.slice(1) };
    expect(await checkpoints.verify(shortened)).toMatchObject({ ok: true, headsFrom: 'stored' });
    const { heads: _kept, ...summaryOnly } = taken;
    expect(await checkpoints.verify(summaryOnly)).toMatchObject({ ok: true, headsFrom: 'stored' });
  });

  it.each([
    ['a removed tail', deleteTail, 'truncated'],
    [
      'a deleted stream',
      (streamId: string) => () =>
        withoutTriggers(dataSource, `DELETE FROM events WHERE stream_id = $1`, [streamId]),
      'stream-missing',
    ],
    ['an edit with the chain recomputed', rewriteWithChain, 'rewritten'],
  ] as const)(
    'catches %s, names the stream, and the chains alone do not',
    async (_, tamper, reason) => {
      const kept = await checkpoints.take('auditor-1');
      const [streamId] = streams;
      await whileTampered(streamId, tamper(streamId), async () => {
        const found = await checkpoints.verify(kept);
        expect(found).toMatchObject({
          ok: false,
          signatureValid: true,
          storeMatchesDigest: false,
          headsFrom: 'request',
        });
        expect(found.differingStreams).toEqual([expect.objectContaining({ streamId, reason })]);
        expect(found.chains.ok).toBe(true);
      });
      expect(await checkpoints.verify(kept)).toMatchObject({ ok: true, differingStreams: [] });
    },
  );

  it('finds a read model still showing events its stream has lost', async () => {
    const [, streamId] = streams;
    await whileTampered(streamId, deleteTail(streamId), async () => {
      expect((await verification.verify()).ok).toBe(false);
      const incidentId = streamId.slice('incident-'.length);
      const { differing } = await checkIncidentReadModels(dataSource, incidentId);
      expect(differing).toHaveLength(1);
      const [drift] = differing;
      expect(drift.incidentId).toBe(incidentId);
      expect(drift.readModelVersion).toBe(drift.streamVersion! + 1);
    });
  });
});
