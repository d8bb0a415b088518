import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import request from 'supertest';
import { createPolicy, openBody, openIncident } from '../api/support/fixtures';
import { post } from '../api/support/http';
import {
  type ConsoleHarness,
  describeInBrowser,
  expectAccessible,
  type Person,
  startConsoleHarness,
} from './support/console-harness';
import { act } from './support/incident-page-actions';

// A site, calendar and category of this file's own, so its policy and calendar are the ones that apply.
const SITE = `W${randomUUID().slice(0, 6).toUpperCase()}`;
const CALENDAR = `e2e-wait-${randomUUID().slice(0, 8)}`;
const CATEGORY = `waiting_${randomUUID().slice(0, 8)}`;
// Open around the clock every day: business time equals calendar time whenever the test runs,
// so the deadlines on screen are predictable while the rules still say "business hours".
const ALL_DAY = [{ from: '00:00', to: '24:00' }];
const BUSINESS_HOURS = `business hours, ${CALENDAR} v1, Europe/Amsterdam`;
const SAM: Person = { name: 'Sam Desk', role: 'frontline', sites: [SITE] };

describeInBrowser('waiting on the customer in a browser', () => {
  let harness: ConsoleHarness;
  let policyKey: string;
  let frontline: string;

  beforeAll(async () => {
    harness = await startConsoleHarness();
    const admin = await harness.api.token('admin', { sites: ['*'] });
    const calendar = await post(harness.api, '/v1/calendars', admin, {
      key: CALENDAR,
      title: 'Always open desk',
      timeZone: 'Europe/Amsterdam',
      weeklyHours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ALL_DAY]),
      ),
      holidays: [],
    });
    expect(calendar.status).toBe(201);
    const site = await request(harness.api.server)
      .put(`/v1/sites/${SITE}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'Waiting test desk', timeZone: 'Europe/Amsterdam', calendarKey: CALENDAR });
    expect(site.status).toBe(200);
    policyKey = await createPolicy(harness.api, {
      title: 'Waiting on the customer test policy',
      appliesTo: { categories: [CATEGORY] },
      clocks: { resolve: 'business' },
    });
    frontline = await harness.api.token('frontline', { sub: 'desk-agent', sites: [SITE] });
  });
  afterAll(() => harness?.close());

  const openAtSite = (summary: string) =>
    openIncident(
      harness.api,
      frontline,
      openBody(policyKey, { category: CATEGORY, site: SITE, summary }),
    );

  const clocks = (page: Page) => page.getByRole('list', { name: 'Clocks' });
  const timePaused = (page: Page) =>
    page.locator('.incident-facts > div').filter({ has: page.getByText('Time paused') });

  it('pauses the resolve clock while waiting on the customer, and moves its deadline on resuming', async () => {
    const summary = `Rental agreement missing ${randomUUID().slice(0, 6)}`;
    const id = await openAtSite(summary);
    const page = await harness.signIn(SAM);
    await page.goto(`${harness.baseUrl}/console/incidents/${id}`);
    await page.getByRole('heading', { name: summary }).waitFor();
    // The business clock names its calendar; its countdown is calendar time (two hours here).
    const resolveClock = clocks(page)
      .getByRole('listitem')
      .filter({ hasText: /^Resolve in/ });
    await resolveClock.getByText(/^Resolve in (1 h \d+ min|2 h)$/).waitFor();
    await resolveClock.getByText(`(${BUSINESS_HOURS})`, { exact: false }).waitFor();
    await expect(
      page.getByRole('button', { name: 'Wait for customer', exact: true }).count(),
    ).resolves.toBe(0);

    await act(page, 'Acknowledge', 'Take ownership');
    await act(page, 'Wait for customer', 'Pause the resolve clock', (form) =>
      form.getByLabel('Reason', { exact: true }).fill('waiting for the rental agreement'),
    );
    await page.getByText('Status: Waiting on customer', { exact: true }).waitFor();
    const paused = clocks(page).getByRole('listitem').filter({ hasText: 'Resolve paused' });
    await paused.getByText(/^since .+ — waiting on the customer \(business hours, /).waitFor();
    await expect(paused.locator('.deadline-overdue, .deadline-at-risk').count()).resolves.toBe(0);
    await expect(
      clocks(page)
        .getByText(/^Resolve (in|overdue)/)
        .count(),
    ).resolves.toBe(0);
    await timePaused(page)
      .getByText(/^\d+ (s|min) so far$/)
      .waitFor();
    await expect(
      page.getByRole('button', { name: 'Wait for customer', exact: true }).count(),
    ).resolves.toBe(0);
    for (const action of ['Resume clock', 'Add note', 'Log contact', 'Resolve']) {
      await page.getByRole('button', { name: action, exact: true }).waitFor();
    }
    await expectAccessible(page);

    await page.goto(`${harness.baseUrl}/console?status=waiting_on_customer`);
    await expect(
      // The label wraps the select, so its name is "Status" and the option chosen.
      page
        .getByRole('search')
        .getByRole('combobox', { name: /^Status/ })
        .inputValue(),
    ).resolves.toBe('waiting_on_customer');
    const row = page.locator('.queue-row').filter({ hasText: summary });
    await row.getByText('Waiting on customer', { exact: true }).waitFor();
    await row.getByText('Resolve clock paused', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.goto(`${harness.baseUrl}/console/incidents/${id}`);
    await act(page, 'Resume clock', 'Start the resolve clock');
    await page.getByText('Status: Acknowledged', { exact: true }).waitFor();
    await resolveClock.getByText(/^Resolve in (1 h \d+ min|2 h)$/).waitFor();
    await timePaused(page)
      .getByText(/^\d+ (s|min)$/)
      .waitFor();

    const timeline = page.getByRole('list', { name: 'Events' });
    const pause = /^Paused the resolve clock: waiting for the rental agreement; it was due .+$/;
    const moved = new RegExp(
      `^Resolve deadline moved \\d+ (s|min) later, from .+ to .+, counted in ${BUSINESS_HOURS} \\(after the wait on the customer\\)$`,
    );
    for (const sentence of [
      pause,
      /^Resolve clock resumed after \d+ (s|min) of waiting on the customer$/,
      moved,
    ]) {
      await timeline.getByText(sentence).waitFor();
    }
    await timeline
      .getByRole('listitem')
      .filter({ has: page.getByText(pause) })
      .getByText('Sam Desk (frontline)', { exact: false })
      .waitFor();

    await page.getByLabel('Decisions only').check();
    await timeline.getByText(moved).waitFor();
    await timeline.getByText(pause).waitFor();
    await expect(timeline.getByText(/^Resolve clock resumed/).count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows why the workflow refused a pause sent from a screen that missed the news', async () => {
    const id = await openAtSite(`Stale screen ${randomUUID().slice(0, 6)}`);
    expect((await post(harness.api, `/v1/incidents/${id}/acknowledge`, frontline, {})).status).toBe(
      200,
    );
    const page = await harness.signIn(SAM);
    // No live stream, and the incident stays as first loaded, so the form is still offered.
    await page.route('**/v1/stream', (route) => route.abort());
    let stale: string | undefined;
    await page.route(
      (url) => url.pathname === `/v1/incidents/${id}`,
      async (route) => {
        if (stale === undefined) stale = await (await route.fetch()).text();
        await route.fulfill({ status: 200, contentType: 'application/json', body: stale });
      },
    );
    await page.goto(`${harness.baseUrl}/console/incidents/${id}`);
    await page.getByRole('button', { name: 'Wait for customer', exact: true }).click();
    const form = page.getByRole('form', { name: 'Wait for customer' });
    await form.getByLabel('Reason', { exact: true }).fill('waiting for a photo of the damage');

    const elsewhere = await post(harness.api, `/v1/incidents/${id}/wait-for-customer`, frontline, {
      reason: 'waiting for the booking number',
    });
    expect(elsewhere.status).toBe(200);
    const refused = page.waitForResponse((response) =>
      response.url().endsWith('/wait-for-customer'),
    );
    await form.getByRole('button', { name: 'Pause the resolve clock', exact: true }).click();
    expect((await refused).status()).toBe(409);
    await form
      .getByRole('alert')
      .getByText(/has been waiting on the customer since/)
      .waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
