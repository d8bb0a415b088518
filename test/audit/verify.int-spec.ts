import { type DataSource } from 'typeorm';
import { AuditVerificationService } from '@recovery/audit';
import { incidentStreamId } from '@recovery/domain';
import { EventStore } from '@recovery/event-store';
import { withoutTriggers } from '../support/test-database';
import { appendScenarios, openAuditDataSource } from './support/audit-test-database';
import { knownHistory } from './support/known-history';

describe('audit proof (verify)', () => {
  let dataSource: DataSource;
  let verification: AuditVerificationService;
  let incidentId: string;

  beforeAll(async () => {
    dataSource = await openAuditDataSource();
    const store = new EventStore(dataSource);
    verification = new AuditVerificationService(store, dataSource);
    const [scenario] = knownHistory().scenarios;
    incidentId = scenario.incidentId;
    await appendScenarios(store, [scenario]);
  });
  afterAll(() => dataSource.destroy());

  it('reports an untouched incident as intact', async () => {
    expect(await verification.verify(incidentId)).toMatchObject({
      ok: true,
      streams: 1,
      scope: { incidentId },
    });
  });

  it('finds a tampered event and names its incident, version and stream link; restored, it verifies again', async () => {
    const streamId = incidentStreamId(incidentId);
    const [original] = await dataSource.query<{ data: unknown }[]>(
      `SELECT data FROM events WHERE stream_id = $1 AND stream_version = 2`,
      [streamId],
    );
    await withoutTriggers(
      dataSource,
      `UPDATE events SET data = jsonb_set(data, '{elapsedMs}', '1') WHERE stream_id = $1 AND stream_version = 2`,
      [streamId],
    );
    try {
      expect(await verification.verify(incidentId)).toMatchObject({
        ok: false,
        broken: {
          streamId,
          streamVersion: 2,
          reason: 'hash-mismatch',
          incidentId,
          eventsUrl: `/v1/incidents/${incidentId}/events`,
        },
      });
    } finally {
      // Put the row back so the shared database's whole-store proof is not broken by this test.
      await withoutTriggers(
        dataSource,
        `UPDATE events SET data = $2 WHERE stream_id = $1 AND stream_version = 2`,
        [streamId, JSON.stringify(original.data)],
      );
    }
    expect(await verification.verify(incidentId)).toMatchObject({ ok: true });
  });

  it('answers 404 for an incident without events', async () => {
    await expect(verification.verify('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject(
      {
        code: 'incident_stream_not_found',
      },
    );
  });

  it('verifies the whole store and gives the heads digest to keep outside the system', async () => {
    const report = await verification.verify();
    expect(report.scope).toBe('store');
    expect(report.streams).toBeGreaterThanOrEqual(1);
    expect(report.headsDigest?.digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
