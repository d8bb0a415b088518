import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import { createPolicy, openBody, openIncident } from '../api/support/fixtures';
import {
  type ConsoleHarness,
  describeInBrowser,
  expectAccessible,
  PHONE,
  startConsoleHarness,
} from './support/console-harness';

// A category of this file's own, so its test policy is the one that applies.
const CATEGORY = `queue_${randomUUID().slice(0, 8)}`;
const CUSTOMER = `C-${randomUUID().slice(0, 6)}`;

async function fillOpenForm(page: Page, summary: string, category = CATEGORY): Promise<void> {
  await page.getByRole('button', { name: 'Open incident' }).click();
  const form = openForm(page);
  await form.getByLabel('Kind').selectOption('incident');
  await form.getByLabel('Channel').selectOption('phone');
  await form.getByLabel('Category').fill(category);
  await form.getByLabel('Severity').selectOption('high');
  await form.getByLabel('Customer reference').fill(CUSTOMER);
  await form.getByLabel('Summary').fill(summary);
  await form.getByLabel('Details').fill('Customer waiting at the pick-up point');
}

// The queue's filters have their own Category and Severity: look inside the form.
const openForm = (page: Page) => page.getByRole('form', { name: 'Open an incident' });

describeInBrowser('the frontline queue in a browser', () => {
  let harness: ConsoleHarness;
  let policyKey: string;

  /** Opens an incident at AMS through the API, as another desk would. */
  const openElsewhere = async (summary: string) =>
    openIncident(
      harness.api,
      await harness.api.token('frontline', { sites: ['AMS'] }),
      openBody(policyKey, { category: CATEGORY, customerRef: CUSTOMER, summary }),
    );

  beforeAll(async () => {
    harness = await startConsoleHarness();
    policyKey = await createPolicy(harness.api, {
      title: 'Queue test policy',
      appliesTo: { categories: [CATEGORY] },
      acknowledgeWithin: 'PT20M',
    });
  });
  afterAll(() => harness?.close());

  it('signs in on an accessible page', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/console`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('opens an incident from the form after showing its policy, then lists it with its clock', async () => {
    const page = await harness.signIn({
      name: 'Fatima Frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    await fillOpenForm(page, 'Rental car will not start');
    const preview = page.locator('.policy-preview');
    await preview.getByText('Queue test policy').waitFor();
    await expect(preview.textContent()).resolves.toMatch(
      /acknowledge within 20 min, resolve within 2 h/,
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Open incident' }).click();
    await page.waitForURL(/\/console\/incidents\/[0-9a-f-]{36}$/);

    await page.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    const row = page.getByRole('listitem').filter({ hasText: 'Rental car will not start' });
    await row.waitFor();
    await expect(row.getByText(/^ack in (19|20) min$/).count()).resolves.toBe(1);
    await row.getByLabel('Clocks of Rental car will not start').click();
    await expect(row.getByText(/resolve/i).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows the API’s field error beside the field it names, and opens nothing', async () => {
    const page = await harness.signIn({
      name: 'Fatima Frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    await fillOpenForm(page, 'Wrong category', 'Not A Slug');
    await page.getByRole('button', { name: 'Open incident' }).click();
    const category = openForm(page).getByLabel('Category');
    await openForm(page).locator('[aria-invalid="true"]').waitFor();
    await expect(category.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = await category.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${errorId!}"]`).textContent()).resolves.toMatch(/category/);
    expect(page.url()).toMatch(/\/console$/);
    await page.context().close();
  });

  it('turns the badge red with "overdue" once the deadline passes', async () => {
    const page = await harness.signIn({
      name: 'Fatima Frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    await page.clock.install();
    await page.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    const row = page.getByRole('listitem').filter({ hasText: 'Rental car will not start' });
    await row.waitFor();
    await page.clock.fastForward('21:00');
    const badge = row.locator('summary .badge');
    await expect(badge.textContent()).resolves.toMatch(/^ack overdue \d+ min$/);
    await expect(badge.getAttribute('class')).resolves.toContain('deadline-overdue');
    await page.context().close();
  });

  it('keeps filters in the URL and never shows another site’s incidents', async () => {
    const other = await harness.signIn({
      name: 'Rob Rotterdam',
      role: 'frontline',
      sites: ['RTM'],
    });
    await other.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    await other.getByText(/^0 incidents/).waitFor();
    // The radio reflects the URL, which the router updates after the click: check()
    // would judge the state at once and fail on a busy machine.
    const unassigned = other.getByLabel('Unassigned');
    await unassigned.click();
    await other.waitForURL(/assignee=none/);
    await expect(unassigned.isChecked()).resolves.toBe(true);
    await other.context().close();
  });

  it('shows times in the site’s zone, or relative to now as the person chooses', async () => {
    const page = await harness.signIn({
      name: 'Fatima Frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    await page.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    await page.getByRole('link', { name: 'Rental car will not start' }).click();
    const clocks = page.getByRole('list', { name: 'Clocks' });
    await clocks
      .getByText(/^due \d+ \w+, \d\d:\d\d CET$/)
      .first()
      .waitFor();
    await page.getByText('Settings').click();
    await page.getByLabel('Times').selectOption('relative');
    await clocks
      .getByText(/^due in \d+ min$/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it('shows an incident opened elsewhere without a reload', async () => {
    const page = await harness.signIn({
      name: 'Fatima Frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    await page.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    await page
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    await openElsewhere('Opened at the other desk');
    await page.getByRole('link', { name: 'Opened at the other desk' }).waitFor({ timeout: 5_000 });
    await page.context().close();
  });

  it('falls back to polling when the live stream is unavailable, and says so', async () => {
    const page = await harness.signIn({
      name: 'Fatima Frontline',
      role: 'frontline',
      sites: ['AMS'],
    });
    await page.route('**/v1/stream', (route) => route.abort());
    await page.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    await page.getByText('Live updates unavailable: refreshing every 5 s').waitFor();
    await openElsewhere('Opened while the stream is down');
    await page.getByRole('link', { name: 'Opened while the stream is down' }).waitFor();
    await page.context().close();
  });

  it('works on a phone screen', async () => {
    const page = await harness.signIn(
      { name: 'Fatima Frontline', role: 'frontline', sites: ['AMS'] },
      PHONE,
    );
    await page.goto(`${harness.baseUrl}/console?q=${CUSTOMER}`);
    await page.getByRole('listitem').first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
