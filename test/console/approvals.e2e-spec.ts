import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import { createPolicy, openBody, openIncident } from '../api/support/fixtures';
import { get, post } from '../api/support/http';
import {
  type ConsoleHarness,
  describeInBrowser,
  expectAccessible,
  type Person,
  startConsoleHarness,
} from './support/console-harness';

// A site of this file's own, so the inbox shows only the requests made here.
const SITE = `APR-${randomUUID().slice(0, 6)}`;
const CATEGORY = `approvals_${randomUUID().slice(0, 8)}`;
// The development sign-in makes "Sam Supervisor" the actor sam-supervisor.
const SAM: Person = { name: 'Sam Supervisor', role: 'supervisor', sites: [SITE] };
const SAM_ID = 'sam-supervisor';

/** One approval of an inbox response body. */
function itemOf(inbox: unknown, approvalId: string) {
  return (inbox as { items: { approvalId: string }[] }).items.find(
    (item) => item.approvalId === approvalId,
  );
}

describeInBrowser('the supervisors’ inbox in a browser', () => {
  let harness: ConsoleHarness;
  let policyKey: string;
  let fiona: string;

  beforeAll(async () => {
    harness = await startConsoleHarness();
    // The seeded test policy's taxi rule: frontline up to 25 EUR, supervisors up to 150 EUR.
    policyKey = await createPolicy(harness.api, { appliesTo: { categories: [CATEGORY] } });
    fiona = await harness.api.token('frontline', { sub: 'fiona', name: 'Fiona', sites: [SITE] });
  });
  afterAll(() => harness?.close());

  /** Opens an incident and proposes a taxi above the frontline limit as `token`: it waits for a supervisor. */
  async function requestApproval(summary: string, token = fiona, amount = 80) {
    const body = openBody(policyKey, { site: SITE, category: CATEGORY, summary });
    const incidentId = await openIncident(harness.api, token, body);
    const proposed = await post(harness.api, `/v1/incidents/${incidentId}/remedies`, token, {
      type: 'taxi',
      amount,
      currency: 'EUR',
      description: 'Taxi to the hotel',
    });
    expect(proposed.body).toMatchObject({ status: 'pending_approval' });
    return { incidentId, approvalId: (proposed.body as { approvalId: string }).approvalId };
  }

  async function openInbox(person: Person, query = ''): Promise<Page> {
    const page = await harness.signIn(person);
    await page.goto(`${harness.baseUrl}/console/approvals${query}`);
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    return page;
  }

  const request = (page: Page, summary: string) =>
    page.getByRole('region', { name: new RegExp(summary) });

  it('shows a frontline request above the limit; the supervisor approves it with the keyboard and it leaves the list', async () => {
    const summary = `Stranded at night ${randomUUID().slice(0, 6)}`;
    await requestApproval(summary);
    const page = await openInbox(SAM);
    const row = request(page, summary);
    await row.getByText('Taxi to the hotel').waitFor();
    await row
      .getByText(
        '80 EUR: above the frontline limit of 25 EUR, within the supervisor limit of 150 EUR; a supervisor decides',
      )
      .waitFor();
    await row.getByText(/Requested by Fiona \(frontline\)/).waitFor();
    await row.getByText(/^Escalation in \d+ min$/).waitFor();
    await row.getByText(/^Expiry in \d+ min$/).waitFor();
    await expect(row.getByRole('link', { name: summary }).getAttribute('href')).resolves.toMatch(
      /^\/console\/incidents\/[0-9a-f-]{36}$/,
    );
    await expect(
      page
        .getByRole('link', { name: 'Incidents escalated to a supervisor or above' })
        .getAttribute('href'),
    ).resolves.toMatch(/^\/console\/?\?minEscalationLevel=1$/);
    await expectAccessible(page);

    await row.getByLabel('Reason').focus();
    await page.keyboard.type('Customer stranded at night');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: 'Approved the taxi request of Fiona (frontline).' })
      .waitFor();
    await row.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    await page.getByText('No approvals are waiting at your sites.').waitFor();
    await page.context().close();
  });

  it('shows a supervisor’s own request without the controls to decide it', async () => {
    const summary = `Own request ${randomUUID().slice(0, 6)}`;
    const own = await harness.api.token('supervisor', {
      sub: SAM_ID,
      name: 'Sam Supervisor',
      sites: [SITE],
    });
    await requestApproval(summary, own, 200);
    const page = await openInbox(SAM);
    const row = request(page, summary);
    await row.getByText('You requested this; another supervisor decides').waitFor();
    await expect(row.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expect(row.getByRole('button', { name: 'Deny' }).count()).resolves.toBe(0);
    await expect(row.getByLabel('Reason').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('says a request above the supervisor limit needs a manager instead of offering Approve and Deny', async () => {
    const summary = `Beyond a supervisor ${randomUUID().slice(0, 6)}`;
    const { approvalId } = await requestApproval(summary, fiona, 200);
    const page = await openInbox(SAM);
    const row = request(page, summary);
    await row.getByText('Needs a manager: your authority does not cover this amount.').waitFor();
    await expect(row.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expect(row.getByLabel('Reason').count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.context().close();

    const manager = await harness.api.token('manager', { sub: 'mia', sites: [SITE] });
    const asManager = await get(harness.api, '/v1/approvals', manager);
    expect(itemOf(asManager.body, approvalId)).toMatchObject({ cannotDecideBecause: null });
  });

  it('offers a frontline delegate lent supervisor authority the supervisor-level requests only', async () => {
    const withinLent = `Within lent authority ${randomUUID().slice(0, 6)}`;
    const beyondLent = `Beyond lent authority ${randomUUID().slice(0, 6)}`;
    await requestApproval(withinLent);
    await requestApproval(beyondLent, fiona, 200);
    const sam = await harness.api.token('supervisor', { sub: SAM_ID, sites: [SITE] });
    const lent = await post(harness.api, '/v1/delegations', sam, {
      delegateId: 'frank-frontline',
      role: 'supervisor',
      sites: [SITE],
      from: new Date(Date.now() - 1000).toISOString(),
      until: new Date(Date.now() + 10 * 60_000).toISOString(),
      reason: 'Sam on leave',
    });
    expect(lent.status).toBe(201);
    const page = await openInbox({ name: 'Frank Frontline', role: 'frontline', sites: [SITE] });
    await request(page, withinLent).getByRole('button', { name: 'Approve' }).waitFor();
    const beyond = request(page, beyondLent);
    await beyond.getByText('Needs a manager: your authority does not cover this amount.').waitFor();
    await expect(beyond.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('names who decided first when another supervisor decided a request on screen', async () => {
    const summary = `Decided twice ${randomUUID().slice(0, 6)}`;
    const { approvalId } = await requestApproval(summary);
    const page = await openInbox(SAM, `?approval=${approvalId}`);
    const row = request(page, summary);
    // The direct link highlights the request and puts the cursor in its Reason.
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    await expect(
      row
        .getByLabel('Reason')
        .evaluate(
          (input: { ownerDocument: { activeElement: unknown } }) =>
            input.ownerDocument.activeElement === input,
        ),
    ).resolves.toBe(true);
    await page.keyboard.type('Stranded with children');

    const sue = await harness.api.token('supervisor', { sub: 'sue', name: 'Sue', sites: [SITE] });
    const first = await post(harness.api, `/v1/approvals/${approvalId}/decision`, sue, {
      decision: 'deny',
      reason: 'Hotel shuttle runs',
    });
    expect(first.status).toBe(200);

    // Live updates settle the row on screen, or the refused decision does: either way it says who.
    await row
      .getByText(/^Sue \(supervisor\) denied this first, at .+: “Hotel shuttle runs”$/)
      .waitFor();
    await expect(row.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });

  it('answers a decision refused as already decided with who decided first', async () => {
    const summary = `Stale screen ${randomUUID().slice(0, 6)}`;
    const { approvalId } = await requestApproval(summary);
    const page = await harness.signIn(SAM);
    // A screen that missed the news: no live stream, and the inbox it loaded stays as it was.
    await page.route('**/v1/stream', (route) => route.abort());
    let stale: string | undefined;
    await page.route(
      (url) => url.pathname === '/v1/approvals',
      async (route) => {
        if (stale === undefined) {
          const response = await route.fetch();
          stale = await response.text();
        }
        await route.fulfill({ status: 200, contentType: 'application/json', body: stale });
      },
    );
    await page.goto(`${harness.baseUrl}/console/approvals`);
    const row = request(page, summary);
    await row.getByLabel('Reason').waitFor();

    const sue = await harness.api.token('supervisor', { sub: 'sue', name: 'Sue', sites: [SITE] });
    await post(harness.api, `/v1/approvals/${approvalId}/decision`, sue, {
      decision: 'approve',
      reason: 'Stranded at night',
    });
    await row.getByLabel('Reason').fill('Also fine by me');
    const refused = page.waitForResponse((response) => response.url().endsWith('/decision'));
    await row.getByRole('button', { name: 'Approve' }).click();
    expect((await refused).status()).toBe(409);
    await row
      .getByText(/^Sue \(supervisor\) approved this first, at .+: “Stranded at night”$/)
      .waitFor();
    await page.context().close();
  });

  it('shows an executive the inbox read-only', async () => {
    const summary = `Read only ${randomUUID().slice(0, 6)}`;
    const { approvalId } = await requestApproval(summary);
    const erin = await harness.api.token('executive', { sub: 'erin', sites: [SITE] });
    const asExecutive = await get(harness.api, '/v1/approvals', erin);
    expect(itemOf(asExecutive.body, approvalId)).toMatchObject({
      cannotDecideBecause: 'forbidden',
    });
    const page = await openInbox({ name: 'Erin Executive', role: 'executive', sites: [SITE] });
    const row = request(page, summary);
    await row.getByText(/Requested by Fiona/).waitFor();
    await page.getByText(/^Read only: your role sees approvals but does not decide them/).waitFor();
    await expect(page.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Reason').count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});
