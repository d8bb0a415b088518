import { randomUUID } from 'node:crypto';
import { type Locator, type Page } from 'playwright-core';
import { createPolicy } from '../api/support/fixtures';
import {
  type ConsoleHarness,
  describeInBrowser,
  expectAccessible,
  type Person,
  startConsoleHarness,
} from './support/console-harness';
import { act, hoursFromNow } from './support/incident-page-actions';

// A site and category of this file's own: its inbox and queue show only what it makes.
const SITE = `JRN-${randomUUID().slice(0, 6)}`;
const CATEGORY = `journey_${randomUUID().slice(0, 8)}`;
const SUMMARY = `Rental car failed on the motorway ${randomUUID().slice(0, 6)}`;
const FIONA: Person = { name: 'Fiona Frontline', role: 'frontline', sites: [SITE] };
const SAM: Person = { name: 'Sam Supervisor', role: 'supervisor', sites: [SITE] };
const ACTION_BUTTONS = ['Acknowledge', 'Add note', 'Propose remedy', 'Make promise', 'Resolve'];

/** Presses Tab until the focused control has this accessible name (a keyboard-only user's way). */
async function tabTo(page: Page, name: string, presses = 80): Promise<void> {
  for (let press = 0; press < presses; press += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const label = (await focused.getAttribute('aria-label')) ?? (await focused.textContent());
    if (label?.trim() === name) return;
  }
  throw new Error(`"${name}" is not reachable with Tab`);
}

function timeline(page: Page): Locator {
  return page.getByRole('list', { name: 'Events' });
}

describeInBrowser('journeys of several people at once', () => {
  let harness: ConsoleHarness;
  let incidentUrl: string;

  beforeAll(async () => {
    harness = await startConsoleHarness();
    // The test policy's taxi rule: frontline up to 25 EUR, supervisors up to 150 EUR.
    // The follow-up goes out seconds after resolving, so feedback can be recorded here.
    await createPolicy(harness.api, {
      title: 'Journey policy',
      appliesTo: { categories: [CATEGORY] },
      followUpAfter: 'PT2S',
    });
  });
  afterAll(() => harness?.close());

  it('frontline opens and asks for a remedy; the supervisor sees it live and approves; frontline sees the approval live', async () => {
    const inbox = await harness.signIn(SAM);
    await inbox.goto(`${harness.baseUrl}/console/approvals`);
    await inbox.getByText('No approvals are waiting at your sites.').waitFor();

    const desk = await harness.signIn(FIONA);
    await desk.getByRole('button', { name: 'Open incident' }).click();
    const form = desk.getByRole('form', { name: 'Open an incident' });
    await form.getByLabel('Kind').selectOption('incident');
    await form.getByLabel('Category').fill(CATEGORY);
    await form.getByLabel('Severity').selectOption('high');
    await form.getByLabel('Customer reference').fill('C-7781');
    await form.getByLabel('Summary').fill(SUMMARY);
    await form.getByText('Journey policy').waitFor();
    await form.getByRole('button', { name: 'Open incident' }).click();
    await desk.waitForURL(/\/console\/incidents\/[0-9a-f-]{36}$/);
    incidentUrl = desk.url();

    await act(desk, 'Acknowledge', 'Take ownership');
    await act(desk, 'Propose remedy', 'Send proposal', async (remedy) => {
      await remedy.getByLabel('Amount', { exact: false }).fill('80');
      await remedy.getByLabel('Description').fill('Taxi to the destination');
    });

    // No reload: the inbox learns of the request from the live stream.
    const request = inbox.getByRole('region', { name: new RegExp(SUMMARY) });
    await request
      .getByText(/80 EUR: above the frontline limit of 25 EUR/)
      .waitFor({ timeout: 5_000 });
    await request.getByLabel('Reason').fill('Customer stranded on the motorway');
    await request.getByRole('button', { name: 'Approve' }).click();
    await request.waitFor({ state: 'detached' });

    await timeline(desk)
      .getByText(/^Approved 80 EUR after .+: “Customer stranded on the motorway”/)
      .waitFor({ timeout: 5_000 });
    await inbox.context().close();
    await desk.context().close();
  });

  it('frontline makes and keeps a promise, resolves and records the customer’s feedback', async () => {
    const desk = await harness.signIn(FIONA);
    await desk.goto(incidentUrl);
    await act(desk, 'Make promise', 'Save promise', async (promise) => {
      await promise.getByLabel('What', { exact: true }).fill('Taxi within 30 minutes');
      await promise.getByLabel('Due', { exact: true }).fill(await hoursFromNow(desk, 1));
    });
    const promise = desk.getByRole('listitem', { name: 'Promise: Taxi within 30 minutes' });
    await promise.getByRole('button', { name: 'Mark kept', exact: true }).click();
    await promise.getByRole('button', { name: 'Yes, it was kept' }).click();
    await promise.getByText('kept', { exact: true }).waitFor();
    await act(desk, 'Resolve', 'Save resolution', async (resolution) => {
      await resolution.getByLabel('Outcome', { exact: true }).selectOption('fixed');
      await resolution
        .getByLabel('Summary', { exact: true })
        .fill('Customer reached the destination by taxi');
    });
    // The follow-up is sent by the workflow two seconds later; the page shows it live.
    await act(desk, 'Record feedback', 'Save feedback', async (feedback) => {
      await feedback.getByLabel('Level').selectOption({ index: 4 });
    });
    await timeline(desk)
      .getByText(/^Customer feedback: /)
      .waitFor();
    await expectAccessible(desk);
    await desk.context().close();
  });

  it('an executive finds the incident in the audit and can act nowhere', async () => {
    const executive = await harness.signIn({
      name: 'Erin Executive',
      role: 'executive',
      sites: ['*'],
    });
    await executive.goto(incidentUrl);
    await timeline(executive)
      .getByText(/^Customer feedback: /)
      .waitFor();
    for (const name of ACTION_BUTTONS) {
      await expect(executive.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    await executive.goto(`${harness.baseUrl}/console/audit`);
    await executive.getByRole('heading', { level: 1 }).waitFor();
    await expect(
      executive.getByRole('button', { name: /Approve|Deny|Acknowledge|Resolve/ }).count(),
    ).resolves.toBe(0);
    await executive.context().close();
  });

  it('frontline staff of another site never see it', async () => {
    const other = await harness.signIn({
      name: 'Rob Rotterdam',
      role: 'frontline',
      sites: ['RTM'],
    });
    await other.goto(`${harness.baseUrl}/console?q=C-7781`);
    await other.getByText(/^0 incidents/).waitFor();
    await other.goto(incidentUrl);
    await other.getByRole('heading', { name: 'Incident not available' }).waitFor();
    await expect(other.getByRole('heading', { name: SUMMARY }).count()).resolves.toBe(0);
    await other.context().close();
  });

  it('the main journey works with the keyboard alone', async () => {
    const desk = await harness.signIn(FIONA);
    await desk.keyboard.press('n'); // the queue's shortcut for a new incident; Kind takes the focus
    await desk.keyboard.press('Tab'); // Channel
    await desk.keyboard.press('Tab'); // Category
    await desk.keyboard.type(CATEGORY);
    await desk.keyboard.press('Tab'); // Severity
    await desk.keyboard.press('Tab'); // Customer reference
    await desk.keyboard.type('C-7782');
    await desk.keyboard.press('Tab'); // Site
    await desk.keyboard.press('Tab'); // Summary
    await desk.keyboard.type('Keyboard-only opening');
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/\/console\/incidents\/[0-9a-f-]{36}$/);
    await desk.getByRole('heading', { name: 'Keyboard-only opening' }).waitFor();
    await tabTo(desk, 'Acknowledge');
    await desk.keyboard.press('Enter');
    await tabTo(desk, 'Take ownership');
    await desk.keyboard.press('Enter');
    await desk.getByText('Status: acknowledged').waitFor();
    await desk.context().close();
  });
});
