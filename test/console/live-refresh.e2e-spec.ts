import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import { createPolicy, openBody, openIncident } from '../api/support/fixtures';
import { get, post } from '../api/support/http';
import {
  type ConsoleHarness,
  describeInBrowser,
  startConsoleHarness,
} from './support/console-harness';

// A site and category of this file's own: its queue holds only what this file opens.
const SITE = `LIV-${randomUUID().slice(0, 6)}`;
const CATEGORY = `live_${randomUUID().slice(0, 8)}`;
// Issue 11, "Live": the queue and the incident page update within 2 seconds.
const WITHIN_MS = 2_000;
const BURST = 20;

/** Counts the console's GET requests whose path `matches`, from now on. */
function countRequests(page: Page, matches: (path: string) => boolean): () => number {
  let count = 0;
  page.on('request', (sent) => {
    if (sent.method() === 'GET' && matches(new URL(sent.url()).pathname)) count += 1;
  });
  return () => count;
}

describeInBrowser('live updates refresh only what an event can change', () => {
  let harness: ConsoleHarness;
  let policyKey: string;
  let token: string;
  const person = { name: 'Liv Frontline', role: 'frontline' as const, sites: [SITE] };
  const open = (summary: string) =>
    openIncident(
      harness.api,
      token,
      openBody(policyKey, { site: SITE, category: CATEGORY, summary }),
    );

  beforeAll(async () => {
    harness = await startConsoleHarness();
    policyKey = await createPolicy(harness.api, { appliesTo: { categories: [CATEGORY] } });
    token = await harness.api.token('frontline', { sub: 'other-desk', sites: [SITE] });
  });
  afterAll(() => harness?.close());

  it(`shows a burst of ${BURST} incidents opened elsewhere within 2 s, refetching the queue a few times rather than once per event`, async () => {
    const page = await harness.signIn(person);
    await page.getByText('Live', { exact: true }).waitFor();
    const queueFetches = countRequests(page, (path) => path === '/v1/incidents');

    const summaries = Array.from(
      { length: BURST },
      (_, n) => `Burst ${n} ${randomUUID().slice(0, 6)}`,
    );
    await Promise.all(summaries.map(open));
    const opened = Date.now();
    // The list is virtualised (not every row is rendered): its count says every one arrived.
    await page
      .getByText(`${BURST} incidents, nearest breach first`)
      .waitFor({ timeout: WITHIN_MS });
    expect(Date.now() - opened).toBeLessThan(WITHIN_MS);
    // Stragglers of the burst (later versions of the same incidents) settle too.
    await page.waitForTimeout(1_000);
    console.log(`queue list requests for a burst of ${BURST} openings: ${queueFetches()}`);
    expect(queueFetches()).toBeLessThanOrEqual(5);
    await page.context().close();
  });

  it('leaves an incident page alone when another incident changes, and refreshes it when its own does', async () => {
    const shown = await open(`Shown ${randomUUID().slice(0, 6)}`);
    const other = await open(`Other ${randomUUID().slice(0, 6)}`);
    const page = await harness.signIn(person);
    await page.goto(`${harness.baseUrl}/console/incidents/${shown}`);
    await page.getByRole('button', { name: 'Acknowledge' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    const detailFetches = countRequests(page, (path) => path.startsWith(`/v1/incidents/${shown}`));

    await post(harness.api, `/v1/incidents/${other}/acknowledge`, token, {});
    await page.waitForTimeout(1_000);
    expect(detailFetches()).toBe(0);

    expect((await post(harness.api, `/v1/incidents/${shown}/acknowledge`, token, {})).status).toBe(
      200,
    );
    await page.getByRole('button', { name: 'Acknowledge' }).waitFor({
      state: 'detached',
      timeout: WITHIN_MS,
    });
    expect(detailFetches()).toBeGreaterThan(0);
    const state = await get(harness.api, `/v1/incidents/${shown}`, token);
    expect(state.body).toMatchObject({ status: 'acknowledged' });
    await page.context().close();
  });
});
