import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { type Locator, type Page } from 'playwright-core';
import { type ConformanceFigures, type ConformanceReport } from '@recovery/audit';
import { formatSpan } from '../../apps/console/src/time/durations';
import { createPolicy, openBody, openIncident, testPolicy } from '../api/support/fixtures';
import { type Body, eventually, get, post } from '../api/support/http';
import {
  type ConsoleHarness,
  describeInBrowser,
  expectAccessible,
  type Person,
  startConsoleHarness,
} from './support/console-harness';

// Exports and the whole-store proof cover every site, so both people see all of them.
const EVE: Person = { name: 'Eve Executive', role: 'executive', sites: ['*'] };
const ADA: Person = { name: 'Ada Admin', role: 'admin', sites: ['*'] };
const CATEGORY = `audit_${randomUUID().slice(0, 8)}`;
// Every button the audit may show: downloads, and the frame's own sign-out and settings.
const AUDIT_BUTTONS = ['Export CSV', 'Export OCEL 2.0', 'Sign out', 'Settings'];
const COMMAND_BUTTON =
  /acknowledge|approve|deny|resolve|reopen|reassign|propose|promise|confirm|kept|feedback|note|contact|wait|resume|save|open incident/i;

describeInBrowser('the executive’s audit and the admin’s policies in a browser', () => {
  let harness: ConsoleHarness;
  let policyKey: string;
  let admin: string;
  let acknowledgedId: string;
  let lateId: string;
  let pausedMs: number;
  /** v1's figures, then v2's: the report's order, and so the columns'. */
  let versions: { policyVersion: number; figures: ConformanceFigures }[];

  beforeAll(async () => {
    harness = await startConsoleHarness();
    admin = await harness.api.token('admin', { sites: ['*'] });
    const frontline = await harness.api.token('frontline', { sites: ['AMS'] });
    // v1 gives ten minutes to acknowledge; v2 tightens it to one second, so the
    // incident opened under v2 and left alone becomes a late acknowledgement. v2's
    // resolve clock counts business hours (AMS has no calendar: every hour).
    policyKey = await createPolicy(harness.api, { appliesTo: { categories: [CATEGORY] } });
    const body = () =>
      openBody(policyKey, { category: CATEGORY, summary: `Audit ${randomUUID().slice(0, 6)}` });
    acknowledgedId = await openIncident(harness.api, frontline, body());
    const acknowledged = await post(
      harness.api,
      `/v1/incidents/${acknowledgedId}/acknowledge`,
      frontline,
      {},
    );
    expect(acknowledged.status).toBe(200);
    const v2 = testPolicy({
      key: policyKey,
      appliesTo: { categories: [CATEGORY] },
      acknowledgeWithin: 'PT1S',
      clocks: { resolve: 'business' },
    });
    expect((await post(harness.api, '/v1/policies', admin, v2)).status).toBe(201);
    lateId = await openIncident(harness.api, frontline, body());
    // The audit read models follow the store asynchronously: wait until they hold both incidents.
    await eventually(async () => {
      const report = await get(
        harness.api,
        `/v1/audit/conformance?policyKey=${policyKey}&policyVersion=2&compareVersion=1`,
        admin,
      );
      const { comparison, deviations } = report.body as {
        comparison: { versions: { figures: Body }[] };
        deviations: { items: Body[] };
      };
      expect(comparison.versions.map((each) => each.figures.incidents)).toEqual([1, 1]);
      expect(deviations.items).toContainEqual(
        expect.objectContaining({ incidentId: lateId, kind: 'late_acknowledgement' }),
      );
    }, 30_000);
    // Then the late incident is worked to its end, waiting on the customer on the way,
    // so v2's business-time and time-paused figures are real ones.
    pausedMs = await acknowledgeWaitResumeAndResolve(frontline, lateId);
    await eventually(async () => {
      const report = await get(
        harness.api,
        `/v1/audit/conformance?policyKey=${policyKey}&policyVersion=2&compareVersion=1`,
        admin,
      );
      versions = (report.body as ConformanceReport).comparison!.versions;
      expect(versions.map((each) => each.figures.resolution.resolved)).toEqual([0, 1]);
      expect(versions.map((each) => each.figures.timePaused.pauses)).toEqual([0, 1]);
      expect(versions.map((each) => each.figures.promises.keptOnTime)).toEqual([0, 1]);
    }, 30_000);
  });
  afterAll(() => harness?.close());

  /** Acknowledges, waits on the customer for over a second, resumes and resolves; the time paused. */
  async function acknowledgeWaitResumeAndResolve(token: string, id: string): Promise<number> {
    const step = async (action: string, body: Body) =>
      expect((await post(harness.api, `/v1/incidents/${id}/${action}`, token, body)).status).toBe(
        200,
      );
    await step('acknowledge', {});
    // A promise kept on time, so the scorecard's promise counts are real ones too.
    const promise = await post(harness.api, `/v1/incidents/${id}/promises`, token, {
      description: 'Call back within the hour',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(promise.status).toBe(200);
    await step(`promises/${(promise.body as { promiseId: string }).promiseId}/keep`, {});
    await step('wait-for-customer', { reason: 'Waiting for the rental agreement' });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await step('resume', {});
    await step('resolve', { outcome: 'fixed', summary: 'Replacement car' });
    const incident = await get(harness.api, `/v1/incidents/${id}`, token);
    const paused = Number((incident.body as Body).pausedMs);
    expect(paused).toBeGreaterThanOrEqual(1200);
    return paused;
  }

  /** The cells of the figures row named exactly `label`, one per column. */
  const cells = (table: Locator, label: string): Promise<string[]> =>
    table
      .getByRole('row')
      .filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell')
      .allTextContents();
  const span = (ms: number | null): string => (ms === null ? '–' : formatSpan(ms));

  async function openAudit(): Promise<Page> {
    const page = await harness.signIn(EVE);
    await page.goto(
      `${harness.baseUrl}/console/audit?policyKey=${policyKey}&policyVersion=2&compareVersion=1`,
    );
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
    return page;
  }

  it('shows an executive both policy versions side by side, percentiles naming their timestamps, and the deviation linking to its incident', async () => {
    const page = await openAudit();
    const figures = page.getByRole('table', { name: 'Conformance figures by policy version' });
    await figures.getByRole('columnheader', { name: `${policyKey} v1` }).waitFor();
    await figures.getByRole('columnheader', { name: `${policyKey} v2` }).waitFor();
    const opened = figures.getByRole('row', { name: /^Opened/ });
    await expect(opened.getByRole('cell').allTextContents()).resolves.toEqual(['1', '1']);
    const ackP50 = await cells(figures, 'p50 · opened → acknowledged');
    expect(ackP50[0]).toMatch(/^\d+ (s|min)$/);
    await figures
      .getByRole('rowheader', {
        name: 'p90 · opened or reopened → first resolved',
        exact: true,
      })
      .waitFor();

    const deviations = page.getByRole('table', { name: /Deviations/ });
    const late = deviations.getByRole('row', { name: /Acknowledged after the deadline/ }).filter({
      has: page.locator(`a[href="/console/incidents/${lateId}"]`),
    });
    await late.waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows each version’s business-time percentiles beside the calendar ones, how many deadlines counted business hours, and the time paused', async () => {
    const page = await openAudit();
    const figures = page.getByRole('table', { name: 'Conformance figures by policy version' });
    await expect(
      figures.locator('thead').getByRole('columnheader').allTextContents(),
    ).resolves.toEqual([
      'Figure',
      ...versions.map((each) => `${policyKey} v${each.policyVersion}`),
    ]);
    const [v1, v2] = versions.map((each) => each.figures);
    const shown = async (label: string, read: (f: ConformanceFigures) => number | null) => {
      await figures.getByRole('rowheader', { name: label, exact: true }).waitFor();
      await expect(cells(figures, label)).resolves.toEqual([span(read(v1)), span(read(v2))]);
    };
    await shown(
      'p50 · opened → acknowledged, business hours',
      (f) => f.acknowledgement.businessMedianMs,
    );
    await shown(
      'p90 · opened → acknowledged, business hours',
      (f) => f.acknowledgement.businessP90Ms,
    );
    const resolveBusiness = 'opened or reopened → first resolved, business hours less time paused';
    await shown(`p50 · ${resolveBusiness}`, (f) => f.resolution.businessMedianMs);
    await shown(`p90 · ${resolveBusiness}`, (f) => f.resolution.businessP90Ms);
    // v1's incident is open still; v2's ran on a business resolve clock that left its pause out.
    expect(v1.resolution.businessMedianMs).toBeNull();
    expect(v2.resolution.businessMedianMs).toBeLessThanOrEqual(v2.resolution.medianMs! - pausedMs);
    await expect(
      cells(figures, 'Resolve deadline counted business hours (of opened)'),
    ).resolves.toEqual(['0 of 1 (0 %)', '1 of 1 (100 %)']);
    await expect(
      cells(figures, 'Acknowledge deadline counted business hours (of opened)'),
    ).resolves.toEqual(['0 of 1 (0 %)', '0 of 1 (0 %)']);

    await figures.getByRole('heading', { name: 'Time paused' }).waitFor();
    await expect(
      cells(figures, 'Incidents paused, waiting on the customer (of opened)'),
    ).resolves.toEqual(['0 of 1 (0 %)', '1 of 1 (100 %)']);
    await expect(cells(figures, 'Pauses ended')).resolves.toEqual(['0', '1']);
    const pausedSpan = 'paused → resumed, summed per paused incident';
    await expect(cells(figures, `p50 · ${pausedSpan}`)).resolves.toEqual(['–', span(pausedMs)]);
    await expect(cells(figures, `p90 · ${pausedSpan}`)).resolves.toEqual(['–', span(pausedMs)]);
    await page
      .getByText(/Business hours are the open hours of the site’s calendar/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it('draws the scorecard as named charts with their numbers as tables, by day or week', async () => {
    const page = await openAudit();
    const complaints = page.getByRole('img', { name: /Complaints, written and verbal/ });
    await complaints.waitFor();
    await page.getByRole('img', { name: /Time to acknowledge \(p50, p90\)/ }).waitFor();
    await page.getByRole('img', { name: /Time to resolve \(p50, p90\)/ }).waitFor();
    await page.getByRole('img', { name: /Time paused, waiting on the customer/ }).waitFor();
    await page.getByRole('img', { name: /Promises kept and broken/ }).waitFor();
    await page.getByRole('img', { name: /Promises kept on time, share of settled/ }).waitFor();
    await page.getByRole('img', { name: /Rework/ }).waitFor();
    await page.getByRole('img', { name: /Feedback level/ }).waitFor();
    // The selection is v2: its one incident, opened today by phone, is today's verbal complaint.
    const table = page.getByRole('table', { name: 'Complaints, written and verbal' });
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date());
    await expect(
      table
        .getByRole('row', { name: new RegExp(`^${today}`) })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['0', '1']);
    // Its one incident makes today's p50 and p90 its own figures, calendar time beside business time.
    const todays = (title: string) =>
      page
        .getByRole('table', { name: title })
        .getByRole('row', { name: new RegExp(`^${today}`) })
        .getByRole('cell')
        .allTextContents();
    const { acknowledgement, resolution } = versions[1].figures;
    await expect(todays('Time to acknowledge (p50, p90)')).resolves.toEqual([
      span(acknowledgement.medianMs),
      span(acknowledgement.p90Ms),
      span(acknowledgement.businessMedianMs),
      span(acknowledgement.businessP90Ms),
    ]);
    await expect(todays('Time to resolve (p50, p90)')).resolves.toEqual([
      span(resolution.medianMs),
      span(resolution.p90Ms),
      span(resolution.businessMedianMs),
      span(resolution.businessP90Ms),
    ]);
    // Kept on time, kept late, broken: its one promise was kept on time.
    await expect(todays('Promises kept and broken')).resolves.toEqual(['1', '0', '0']);
    await expect(todays('Time paused, waiting on the customer')).resolves.toEqual([
      span(pausedMs),
      span(pausedMs),
    ]);

    await page.getByLabel('Interval').selectOption('week');
    await page
      .getByRole('table', { name: 'Complaints, written and verbal' })
      .getByRole('rowheader', { name: /^w\/c / })
      .waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows the verification status and digest, offers no command anywhere, and downloads the CSV and OCEL 2.0 exports', async () => {
    const page = await openAudit();
    const verification = page.getByRole('region', { name: 'Verification' });
    await verification.getByText('Intact').waitFor();
    await expect(verification.locator('code').textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);

    const buttons = await page.getByRole('button').allTextContents();
    expect(buttons.filter((name) => !AUDIT_BUTTONS.includes(name.trim()))).toEqual([]);
    expect(buttons.filter((name) => COMMAND_BUTTON.test(name))).toEqual([]);
    await expect(page.locator('form').count()).resolves.toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('event-log.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(acknowledgedId);
    expect(csv).toContain(lateId);

    const [ocel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export OCEL 2.0' }).click(),
    ]);
    expect(ocel.suggestedFilename()).toBe('event-log.ocel.json');
    const log = JSON.parse(await readFile(await ocel.path(), 'utf8')) as {
      objects: { id: string }[];
    };
    expect(log.objects.map((object) => object.id)).toEqual(
      expect.arrayContaining([acknowledgedId, lateId]),
    );
    await page.context().close();
  });

  async function openPolicies(): Promise<Page> {
    const page = await harness.signIn(ADA);
    await page.goto(`${harness.baseUrl}/console/policies?policy=${policyKey}`);
    await page.getByRole('heading', { name: `New version of ${policyKey}` }).waitFor();
    return page;
  }

  it('lets an admin store a new version from the form and shows what changed against the one before', async () => {
    const page = await openPolicies();
    await page
      .getByRole('table')
      .filter({ hasText: 'Newest version' })
      .getByRole('link', { name: policyKey })
      .waitFor();
    await page.getByLabel('Title').fill('Faster first response');
    await page.getByLabel('Acknowledge within').fill('PT3M');
    await page
      .getByRole('group', { name: /Remedy 1/ })
      .getByLabel('Supervisor limit')
      .fill('200');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved as ${policyKey} v3.` })
      .waitFor();

    const diff = page.getByRole('table', { name: 'Changes from v2 to v3' });
    await diff.waitFor();
    const changed = async (path: string) =>
      (
        await diff
          .getByRole('row', { name: new RegExp(`^${path.replaceAll('.', '\\.')} `) })
          .getByRole('cell')
          .allTextContents()
      ).slice(1);
    await expect(changed('acknowledgeWithin')).resolves.toEqual(['"PT1S"', '"PT3M"']);
    await expect(changed('title')).resolves.toEqual([
      '"End-to-end test policy"',
      '"Faster first response"',
    ]);
    await expect(changed('remedies.0.supervisorLimit')).resolves.toEqual(['150', '200']);
    await expect(diff.getByRole('row').count()).resolves.toBe(4);

    await page.getByLabel('From version').selectOption('1');
    await page.getByRole('table', { name: 'Changes from v1 to v3' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows the API’s error for an invalid limit next to that field, and the document as JSON', async () => {
    const page = await openPolicies();
    const limit = page.getByRole('group', { name: /Remedy 1/ }).getByLabel('Frontline limit');
    await limit.fill('-5');
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByRole('alert').filter({ hasText: 'The policy was not saved' }).waitFor();
    await expect(limit.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await limit.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(
      /must not be less than 0/,
    );
    await expectAccessible(page);

    await page.getByLabel('JSON', { exact: true }).check();
    const json = page.getByLabel('Policy document (JSON)');
    expect(JSON.parse(await json.inputValue())).toMatchObject({
      key: policyKey,
      remedies: [{ frontlineLimit: -5 }],
    });
    const versions = await get(harness.api, `/v1/policies/${policyKey}/versions`, admin);
    expect((versions.body as { items: Body[] }).items.map((each) => each.version)).toEqual([
      3, 2, 1,
    ]);
    await page.context().close();
  });

  it('adds what a policy applies to, a rung and a remedy from the form, the API’s errors shown on those fields', async () => {
    const page = await openPolicies();
    const categories = page.getByLabel('Categories');
    await expect(categories.inputValue()).resolves.toBe(CATEGORY);
    await categories.fill(`${CATEGORY}, Lost-Luggage`);
    const severities = page.getByRole('group', { name: 'Severities' });
    await severities.getByLabel('high').check();
    await severities.getByLabel('critical').check();
    await page.getByRole('button', { name: 'Add rung' }).click();
    const rung = page.getByRole('group', { name: 'Rung 3' });
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByRole('alert').filter({ hasText: 'The policy was not saved' }).waitFor();
    for (const refused of [categories, rung.getByLabel('After')]) {
      await expect(refused.getAttribute('aria-invalid')).resolves.toBe('true');
    }
    await expect(
      page.getByRole('list', { name: 'Other fields the API refused' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page);

    await categories.fill(`${CATEGORY}, lost_luggage`);
    await rung.getByLabel('After').fill('PT1H');
    await rung.getByLabel('Notify').selectOption('executive');
    await page.getByRole('button', { name: 'Add remedy' }).click();
    await page.getByRole('button', { name: 'Add remedy' }).click();
    const hotel = page.getByRole('group', { name: /^Remedy 2/ });
    await hotel.getByLabel('Type').fill('hotel');
    await hotel.getByLabel('Frontline limit').fill('50');
    await hotel.getByLabel('Supervisor limit').fill('300');
    await page.getByRole('button', { name: 'Remove remedy 3' }).click();
    await page.getByRole('button', { name: 'Save version' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved as ${policyKey} v4.` })
      .waitFor();

    const versions = await get(harness.api, `/v1/policies/${policyKey}/versions`, admin);
    const [newest] = (versions.body as { items: { version: number; document: Body }[] }).items;
    expect(newest?.version).toBe(4);
    expect(newest?.document).toMatchObject({
      appliesTo: { categories: [CATEGORY, 'lost_luggage'], severities: ['high', 'critical'] },
      escalation: [{}, {}, { after: 'PT1H', to: 'executive' }],
      remedies: [
        { type: 'taxi' },
        { type: 'hotel', frontlineLimit: 50, supervisorLimit: 300, currency: 'EUR' },
      ],
    });
    expect(newest?.document.remedies).toHaveLength(2);
    await page.context().close();
  });

  it('shows the policies read-only to an executive', async () => {
    const page = await harness.signIn(EVE);
    await page.goto(`${harness.baseUrl}/console/policies?policy=${policyKey}`);
    await page.getByRole('heading', { name: `Versions of ${policyKey}` }).waitFor();
    await page.getByText('Read-only: only administrators change policies.').waitFor();
    await expect(page.getByRole('button', { name: 'Save version' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Policy document (JSON)').count()).resolves.toBe(0);
    await page.context().close();
  });
});
