import { type DataSource } from 'typeorm';
import { auditProjection, ConformanceReportService, ScorecardService } from '@recovery/audit';
import { incidentStreamId } from '@recovery/domain';
import { EventStore, type StoredEvent } from '@recovery/event-store';
import { catchUpAudit, openAuditDataSource, readAuditModels } from './support/audit-test-database';
import { MINUTE } from './support/known-history';
import {
  AROUND_THE_CLOCK,
  BUSINESS_RESOLVE,
  CALENDAR_USE,
  pausedHistory,
  type PausedIncident,
} from './support/paused-history';

// Minutes from opening. Acknowledge calendar [10, 20, 4, 6, 8], business [0, 20, 4, 6, 8 (old)];
// resolve calendar [300, 120, 60, 90, 100], business [60, 90, 60, 75, 100 (old)];
// paused per incident [30, 10 + 25, –, 15 (ended by the resolution), –].
const INCIDENTS: PausedIncident[] = [
  {
    rules: BUSINESS_RESOLVE, // opened and acknowledged while the desk was closed
    acknowledgeAfter: 10,
    acknowledgeBusiness: 0,
    pauses: [{ at: 30, lasts: 30 }],
    resolveAfter: 300,
    resolveBusiness: 60,
  },
  {
    rules: BUSINESS_RESOLVE,
    acknowledgeAfter: 20,
    acknowledgeBusiness: 20,
    pauses: [
      { at: 30, lasts: 10 },
      { at: 60, lasts: 25 },
    ],
    resolveAfter: 120,
    resolveBusiness: 90,
  },
  {
    rules: AROUND_THE_CLOCK,
    acknowledgeAfter: 4,
    acknowledgeBusiness: 4,
    pauses: [],
    resolveAfter: 60,
    resolveBusiness: 60,
  },
  {
    rules: AROUND_THE_CLOCK,
    acknowledgeAfter: 6,
    acknowledgeBusiness: 6,
    pauses: [{ at: 75, lasts: 15, endsWithResolution: true }],
    resolveAfter: 90,
    resolveBusiness: 75,
  },
  { acknowledgeAfter: 8, pauses: [], resolveAfter: 100 }, // recorded before issue 12
];

describe('business time and time paused in the audit', () => {
  let dataSource: DataSource;
  let store: EventStore;
  let reports: ConformanceReportService;
  let policyKey: string;
  let incidentIds: string[];
  const from = new Date(Date.UTC(1999, 5, 1)); // a month no other test uses

  beforeAll(async () => {
    dataSource = await openAuditDataSource();
    store = new EventStore(dataSource);
    reports = new ConformanceReportService(dataSource);
    const history = pausedHistory(INCIDENTS, from);
    policyKey = history.policyKey;
    incidentIds = [...history.streams.keys()];
    for (const [incidentId, events] of history.streams)
      await store.append(incidentStreamId(incidentId), events, { expectedVersion: 'no_stream' });
    await catchUpAudit(dataSource, store);
  });
  afterAll(() => dataSource.destroy());

  const read = <T>(query: () => Promise<T>): Promise<T> => readAuditModels(dataSource, query);
  const report = () => read(() => reports.report({ policyKey }));
  const ownEvents = async (): Promise<StoredEvent[]> => {
    const streams = incidentIds.map((id) => store.readStream(incidentStreamId(id)));
    return (await Promise.all(streams)).flat();
  };

  it('gives acknowledge and resolve times in business time beside calendar time', async () => {
    const { figures } = await report();
    expect(figures.acknowledgement).toMatchObject({
      medianMs: 8 * MINUTE,
      p90Ms: 16 * MINUTE, // 10 + 0.6 · (20 − 10)
      businessMedianMs: 6 * MINUTE,
      businessP90Ms: 15.2 * MINUTE, // 8 + 0.6 · (20 − 8)
      businessClock: 0,
    });
    expect(figures.resolution).toMatchObject({
      medianMs: 100 * MINUTE,
      p90Ms: 228 * MINUTE, // 120 + 0.6 · (300 − 120)
      businessMedianMs: 75 * MINUTE,
      businessP90Ms: 96 * MINUTE, // 90 + 0.6 · (100 − 90)
      businessClock: 2,
    });
  });

  it('reports the time paused over the incidents that waited on the customer', async () => {
    const { figures } = await report();
    expect(figures.timePaused).toEqual({
      incidentsPaused: 3,
      share: 3 / 5,
      pauses: 4,
      medianMs: 30 * MINUTE, // of 15, 30, 35
      p90Ms: 34 * MINUTE, // 30 + 0.8 · (35 − 30)
    });
  });

  it('gives the scorecard per period in both kinds of time, with the time paused', async () => {
    const scorecards = new ScorecardService(dataSource);
    const scorecard = await read(() => scorecards.scorecard('month', { policyKey }));
    expect(scorecard.periods).toHaveLength(1);
    expect(scorecard.periods[0]).toMatchObject({
      period: from.toISOString(),
      medianAcknowledgeMs: 8 * MINUTE,
      medianAcknowledgeBusinessMs: 6 * MINUTE,
      medianResolveMs: 100 * MINUTE,
      medianResolveBusinessMs: 75 * MINUTE,
      timePaused: { incidentsPaused: 3, pauses: 4, medianMs: 30 * MINUTE },
    });
  });

  it('records the rules each incident ran under, calendar clocks for one recorded before issue 12', async () => {
    const rows = await read(() =>
      dataSource.query<Record<string, unknown>[]>(
        `SELECT resolve_clock, acknowledge_clock, calendar_key, calendar_version, paused_ms, times_paused
           FROM audit_incidents WHERE incident_id = ANY ($1::uuid[]) ORDER BY opened_at`,
        [incidentIds],
      ),
    );
    expect(rows.map((row) => [row.resolve_clock, row.calendar_key, row.calendar_version])).toEqual([
      ['business', CALENDAR_USE.key, CALENDAR_USE.version],
      ['business', CALENDAR_USE.key, CALENDAR_USE.version],
      ['calendar', null, null],
      ['calendar', null, null],
      ['calendar', null, null],
    ]);
    expect(rows.every((row) => row.acknowledge_clock === 'calendar')).toBe(true);
    expect(rows.map((row) => [Number(row.paused_ms) / MINUTE, row.times_paused])).toEqual([
      [30, 1],
      [35, 2],
      [0, 0],
      [15, 1],
      [0, 0],
    ]);
  });

  it('counts a pause once when its events are applied again, in any batches', async () => {
    const before = await report();
    const events = await ownEvents();
    const resumes = events.filter((event) => event.type === 'SlaClockResumed');
    await read(() =>
      dataSource.transaction(async (manager) => {
        await auditProjection.apply(manager.queryRunner!, events);
        for (const resume of resumes) await auditProjection.apply(manager.queryRunner!, [resume]);
      }),
    );
    expect(await report()).toEqual(before);
  });

  // The incidents' own rows, not the shared tables: other files read them meanwhile.
  it('gives the same figures when its incidents are projected afresh, one event per batch', async () => {
    const before = await report();
    const events = await ownEvents();
    await read(() =>
      dataSource.transaction(async (manager) => {
        for (const table of ['audit_sla_pauses', 'audit_incident_staff', 'audit_incidents'])
          await manager.query(`DELETE FROM ${table} WHERE incident_id = ANY ($1::uuid[])`, [
            incidentIds,
          ]);
        for (const event of events) await auditProjection.apply(manager.queryRunner!, [event]);
      }),
    );
    expect(await report()).toEqual(before);
  });
});
