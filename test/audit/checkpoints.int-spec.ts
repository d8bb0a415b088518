import { generateKeyPairSync } from 'node:crypto';
import { type DataSource } from 'typeorm';
import {
  AuditCheckpointsService,
  AuditSigningKey,
  AuditVerificationService,
  CheckpointSignatureInvalid,
  type SignedCheckpoint,
} from '@recovery/audit';
import { AuditCheckpointsRepository } from '../../libs/audit/src/checkpoints/audit-checkpoints.repository';
import { allMigrations } from '@recovery/database';
import { incidentStreamId } from '@recovery/domain';
import { EventStore } from '@recovery/event-store';
import { incidentInlineProjections } from '@recovery/incidents';
import { checkIncidentReadModels } from '../../libs/audit/src/verification/read-model-drift';
import {
  deleteLastEvent,
  deleteStream,
  rewriteLastEventWithChain,
  whileTampered,
} from '../support/history-tampering';
import { openScratchDataSource, type ScratchDataSource } from '../support/test-database';
import { appendScenarios } from './support/audit-test-database';
import { knownHistory } from './support/known-history';

/**
 * Issue 14, item 1: a checkpoint kept outside catches what the chains alone cannot —
 * a removed tail, a deleted stream, a chain recomputed after an edit — and names the
 * stream; the read-model check catches a read model ahead of its cut stream. Each
 * tampering is done as the database owner with the triggers off, then undone. On a
 * database of its own: verifying a checkpoint checks the whole store, and the shared
 * one holds other files' tampered streams.
 */
describe('signed checkpoints', () => {
  let scratch: ScratchDataSource;
  let dataSource: DataSource;
  let store: EventStore;
  let checkpoints: AuditCheckpointsService;
  let verification: AuditVerificationService;
  let streams: string[];

  beforeAll(async () => {
    // As the scratch database's owner, which may switch its triggers off to tamper.
    scratch = await openScratchDataSource('checkpoints', allMigrations);
    dataSource = scratch.dataSource;
    store = new EventStore(dataSource, { inlineProjections: incidentInlineProjections });
    const key = AuditSigningKey.fromPem(
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    );
    verification = new AuditVerificationService(store, dataSource);
    checkpoints = new AuditCheckpointsService(
      store,
      new AuditCheckpointsRepository(dataSource),
      key,
      verification,
    );
    const scenarios = knownHistory().scenarios.slice(0, 3);
    await appendScenarios(store, scenarios);
    streams = scenarios.map((scenario) => incidentStreamId(scenario.incidentId));
  });
  afterAll(async () => {
    await scratch?.close();
  });

  it('is signed, covers every stream, and verifies against an untouched store', async () => {
    const taken = await checkpoints.take('auditor-1');
    expect(taken).toMatchObject({ takenBy: 'auditor-1', keyId: checkpoints.signingKey.kid });
    expect(taken.heads.map((head) => head.streamId)).toEqual(expect.arrayContaining(streams));
    expect(await checkpoints.latest()).toEqual(taken);
    expect(await checkpoints.verify(taken)).toMatchObject({
      ok: true,
      storeMatchesDigest: true,
      headsFrom: 'request',
      differingStreams: [],
    });
  });

  it('refuses a checkpoint edited after signing, and names streams only from heads that match its digest', async () => {
    const taken = await checkpoints.take('auditor-1');
    const edited: SignedCheckpoint = { ...taken, takenBy: 'someone-else' };
    await expect(checkpoints.verify(edited)).rejects.toThrow(CheckpointSignatureInvalid);
    const shortened: SignedCheckpoint = { ...taken, heads: taken.heads.slice(1) };
    expect(await checkpoints.verify(shortened)).toMatchObject({ ok: true, headsFrom: 'stored' });
    const { heads: _kept, ...summaryOnly } = taken;
    expect(await checkpoints.verify(summaryOnly)).toMatchObject({ ok: true, headsFrom: 'stored' });
  });

  it.each([
    ['a removed tail', deleteLastEvent, 'truncated'],
    ['a deleted stream', deleteStream, 'stream-missing'],
    ['an edit with the chain recomputed', rewriteLastEventWithChain, 'rewritten'],
  ] as const)(
    'catches %s, names the stream, and the chains alone do not',
    async (_, tamper, reason) => {
      const kept = await checkpoints.take('auditor-1');
      const [streamId] = streams;
      const tampered = () => tamper(dataSource, streamId);
      await whileTampered(dataSource, streamId, tampered, async () => {
        const found = await checkpoints.verify(kept);
        expect(found).toMatchObject({ ok: false, storeMatchesDigest: false, headsFrom: 'request' });
        expect(found.differingStreams).toEqual([expect.objectContaining({ streamId, reason })]);
        expect(found.store.broken).toBeUndefined();
      });
      expect(await checkpoints.verify(kept)).toMatchObject({ ok: true, differingStreams: [] });
    },
  );

  it('finds a read model still showing events its stream has lost', async () => {
    const [, streamId] = streams;
    const tampered = () => deleteLastEvent(dataSource, streamId);
    await whileTampered(dataSource, streamId, tampered, async () => {
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
