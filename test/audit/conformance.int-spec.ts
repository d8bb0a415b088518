import { type DataSource } from 'typeorm';
import {
  ConformanceReportService,
  ScorecardService,
  type ConformanceFigures,
} from '@recovery/audit';
import { EventStore } from '@recovery/event-store';
import { appendScenarios, catchUpAudit, openAuditDataSource } from './support/audit-test-database';
import { knownHistory, MINUTE, type KnownHistory } from './support/known-history';

// The expected figures follow from knownHistory(), incident i = 0…199:
// acknowledged after (i+1) s against 90 s; resolved after 60 + 15·(i mod 10) min against 120 min;
// remedies by i mod 5 (at once, granted after ⌊i/5⌋+1 min, denied after 50 min, expired, none);
// promises by i mod 4 (kept on time, kept 10 min late, broken, none); follow-up by i mod 10
// (scores 1–5, unanswered, none); reopened when i mod 20 = 0. Its events predate issue 12:
// business time is the calendar time, no clock counted business time and nothing paused.
const EXPECTED: ConformanceFigures = {
  incidents: 200,
  acknowledgement: {
    acknowledged: 200,
    medianMs: 100_500, // (100 s + 101 s) / 2
    p90Ms: 180_100, // 180 s + 0.1 · (181 s − 180 s)
    businessMedianMs: 100_500,
    businessP90Ms: 180_100,
    businessClock: 0,
    withinDeadline: 90,
    decided: 200,
    shareWithin: 0.45,
    overdue: 110,
  },
  escalation: {
    escalatedIncidents: 110,
    share: 0.55,
    byRung: [
      { level: 1, incidents: 110, share: 0.55 },
      { level: 2, incidents: 50, share: 0.25 },
    ],
  },
  remedies: {
    proposed: 160,
    grantedWithinFrontlineLimits: 40,
    sentForApproval: 120,
    approvalsGranted: 40,
    approvalsDenied: 40,
    approvalsExpired: 40,
    granted: 80,
    delivered: 80,
    medianTimeToDecisionMs: 45 * MINUTE, // 40 decisions of 1…40 min and 40 of 50 min
    amountsGranted: [
      {
        currency: 'EUR',
        grants: 80,
        total: 8 * 50 + 32 * 20 + 40 * 100, // EUR, like the policy limits
        withinFrontlineLimit: 32,
        withinSupervisorLimit: 48,
        aboveSupervisorLimit: 0,
      },
    ],
    violations: 16, // 8 frontline grants above the limit + 8 self-approvals
  },
  promises: {
    made: 150,
    requiringConfirmation: 25,
    confirmed: 13,
    unconfirmed: 12,
    kept: 100,
    keptOnTime: 50,
    broken: 100,
    keepRate: 50 / 150,
    medianLatenessMs: 5 * MINUTE, // 50 kept on time (0) and 50 kept 10 min late
  },
  resolution: {
    resolved: 200,
    medianMs: 127.5 * MINUTE,
    p90Ms: 181.5 * MINUTE,
    businessMedianMs: 127.5 * MINUTE,
    businessP90Ms: 181.5 * MINUTE,
    businessClock: 0,
    withinDeadline: 100,
    decided: 200,
    shareWithin: 0.5,
    overdue: 100,
    reopened: 10,
    reopenRate: 0.05,
  },
  timePaused: { incidentsPaused: 0, share: 0, pauses: 0, medianMs: null, p90Ms: null },
  followUp: {
    sent: 160,
    answered: 100,
    unanswered: 60,
    averageScore: 3,
    distribution: { below: 20, met: 20, exceeded: 20, delighted: 20, amazed: 20 },
  },
  channels: { written: 100, verbal: 100, system: 0 },
};

describe('conformance report over a known history', () => {
  let dataSource: DataSource;
  let store: EventStore;
  let reports: ConformanceReportService;
  let history: KnownHistory;

  beforeAll(async () => {
    dataSource = await openAuditDataSource();
    store = new EventStore(dataSource);
    reports = new ConformanceReportService(dataSource);
    history = knownHistory();
    await appendScenarios(store, history.scenarios);
    await catchUpAudit(dataSource, store);
  });
  afterAll(() => dataSource.destroy());

  it('computes every figure exactly', async () => {
    const report = await reports.report({ policyKey: history.policyKey });
    expect(report.figures).toEqual(EXPECTED);
  });

  it('lists every deviation, counted by kind, each linking to its event stream', async () => {
    const { deviations } = await reports.report({
      policyKey: history.policyKey,
      deviationsLimit: 1000,
    });
    expect(deviations.byKind).toEqual({
      late_acknowledgement: 110,
      late_resolution: 100,
      broken_promise: 100,
      unconfirmed_promise: 12,
      grant_outside_authority: 8,
      currency_mismatch: 0,
      self_approval: 8,
      approval_expired: 40,
      missing_follow_up: 40,
    });
    expect(deviations.total).toBe(418);
    expect(deviations.items).toHaveLength(418);
    const first = history.scenarios[0];
    expect(deviations.items[0]).toMatchObject({
      incidentId: first.incidentId,
      kind: 'grant_outside_authority',
      at: new Date(first.openedAt.getTime() + 2000).toISOString(),
      site: history.sites[0],
      policyKey: history.policyKey,
      policyVersion: 1,
      eventsUrl: `/v1/incidents/${first.incidentId}/events`,
    });
    const lateAcknowledged = deviations.items
      .filter((d) => d.kind === 'late_acknowledgement')
      .map((d) => d.incidentId);
    expect(new Set(lateAcknowledged)).toEqual(
      new Set(history.scenarios.slice(90).map((s) => s.incidentId)),
    );
    const selfApproved = deviations.items
      .filter((d) => d.kind === 'self_approval')
      .map((d) => d.incidentId);
    expect(selfApproved).toEqual(
      [1, 26, 51, 76, 101, 126, 151, 176].map((i) => history.scenarios[i].incidentId),
    );
  });

  it('pages the deviations', async () => {
    const all = await reports.report({ policyKey: history.policyKey, deviationsLimit: 1000 });
    const page = await reports.report({
      policyKey: history.policyKey,
      deviationsLimit: 10,
      deviationsOffset: 20,
    });
    expect(page.deviations.items).toEqual(all.deviations.items.slice(20, 30));
    expect(page.deviations.total).toBe(418);
  });

  it('narrows the figures by site, time range and staff member', async () => {
    const bySite = await reports.report({ policyKey: history.policyKey, site: history.sites[1] });
    expect(bySite.figures.incidents).toBe(100);
    const byTime = await reports.report({
      policyKey: history.policyKey,
      from: history.from,
      to: new Date(history.from.getTime() + 100 * 3_600_000),
    });
    expect(byTime.figures.acknowledgement.withinDeadline).toBe(90);
    expect(byTime.figures.incidents).toBe(100);
    const byStaff = await reports.report({
      policyKey: history.policyKey,
      staffId: history.staffIds[0],
    });
    expect(byStaff.figures.incidents).toBe(67); // i mod 3 = 0
    const bySupervisor = await reports.report({
      policyKey: history.policyKey,
      staffId: 'supervisor-1',
    });
    expect(bySupervisor.figures.incidents).toBe(72); // 32 approvals granted by them + 40 denied
    const hidden = await reports.report({
      policyKey: history.policyKey,
      visibleSites: [history.sites[0]],
    });
    expect(hidden.figures.incidents).toBe(100);
  });

  it('puts two policy versions side by side', async () => {
    const report = await reports.report({
      policyKey: history.policyKey,
      policyVersion: 2,
      compareVersion: 1,
    });
    const [v1, v2] = report.comparison!.versions;
    expect(v1).toMatchObject({
      policyVersion: 1,
      figures: { incidents: 100, acknowledgement: { medianMs: 100_000 } },
    });
    expect(v2).toMatchObject({
      policyVersion: 2,
      figures: { incidents: 100, acknowledgement: { medianMs: 101_000 } },
    });
    expect(report.figures).toEqual(v2.figures);
  });

  it('refuses a comparison without the policy version to compare with', async () => {
    await expect(
      reports.report({ policyKey: history.policyKey, compareVersion: 1 }),
    ).rejects.toMatchObject({
      code: 'invalid_audit_query',
    });
  });

  it('gives the scorecard per month and per day', async () => {
    const scorecards = new ScorecardService(dataSource);
    const month = await scorecards.scorecard('month', { policyKey: history.policyKey });
    expect(month.periods).toEqual([
      {
        period: history.from.toISOString(),
        incidents: 200,
        complaints: { total: 200, written: 100, verbal: 100 },
        medianAcknowledgeMs: 100_500,
        medianResolveMs: 127.5 * MINUTE,
        medianAcknowledgeBusinessMs: 100_500,
        medianResolveBusinessMs: 127.5 * MINUTE,
        // The month holds all 200 incidents: the report's p90s and promise counts.
        p90AcknowledgeMs: 180_100,
        p90ResolveMs: 181.5 * MINUTE,
        p90AcknowledgeBusinessMs: 180_100,
        p90ResolveBusinessMs: 181.5 * MINUTE,
        timePaused: { incidentsPaused: 0, share: 0, pauses: 0, medianMs: null, p90Ms: null },
        promises: { kept: 100, keptOnTime: 50, broken: 100, settled: 150 },
        keepRate: 50 / 150,
        reopenRate: 0.05,
        satisfaction: { averageScore: 3, answered: 100 },
      },
    ]);
    const days = await scorecards.scorecard('day', { policyKey: history.policyKey });
    expect(days.periods.map((p) => p.incidents)).toEqual([24, 24, 24, 24, 24, 24, 24, 24, 8]);
    expect(days.periods[0]).toMatchObject({
      complaints: { written: 12, verbal: 12 },
      medianAcknowledgeMs: 12_500,
    });
  });

  it('gives the same report after the read models are rebuilt from the events', async () => {
    const query = { policyKey: history.policyKey, deviationsLimit: 1000 };
    const before = await reports.report(query);
    await catchUpAudit(dataSource, store, true);
    expect(await reports.report(query)).toEqual(before);
  });
});
