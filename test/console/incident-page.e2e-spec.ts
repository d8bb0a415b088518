import { randomUUID } from 'node:crypto';
import { createPolicy, openBody, openIncident } from '../api/support/fixtures';
import {
  type ConsoleHarness,
  describeInBrowser,
  expectAccessible,
  PHONE,
  startConsoleHarness,
} from './support/console-harness';
import { act, hoursFromNow } from './support/incident-page-actions';

// A category of this file's own, so its test policy is the one that applies.
const CATEGORY = `incident_page_${randomUUID().slice(0, 8)}`;
const ACTIONS = [
  'Acknowledge',
  'Add note',
  'Propose remedy',
  'Make promise',
  'Confirm',
  'Mark kept',
  'Resolve',
  'Record feedback',
  'Reopen',
  'Reassign',
  'Log contact',
  'Wait for customer',
  'Resume clock',
];
const FRONTLINE = { name: 'Fiona Frontline', role: 'frontline' as const, sites: ['AMS'] };

describeInBrowser('the incident page in a browser', () => {
  let harness: ConsoleHarness;
  let incidentId: string;
  let policyKey: string;

  beforeAll(async () => {
    harness = await startConsoleHarness();
    policyKey = await createPolicy(harness.api, {
      title: 'Incident page test policy',
      appliesTo: { categories: [CATEGORY] },
    });
    const token = await harness.api.token('frontline', { sub: 'desk-agent', name: 'Desk Agent' });
    incidentId = await openIncident(
      harness.api,
      token,
      openBody(policyKey, { category: CATEGORY, summary: 'Rental car does not start at the gate' }),
    );
  });
  afterAll(() => harness?.close());

  it('lets frontline staff acknowledge, note, promise and keep, and resolve, each written in the timeline', async () => {
    const page = await harness.signIn(FRONTLINE);
    await page.goto(`${harness.baseUrl}/console/incidents/${incidentId}`);
    await page.getByRole('heading', { name: 'Rental car does not start at the gate' }).waitFor();
    await page.getByText('Status: open').waitFor();
    await expect(
      page
        .getByRole('list', { name: 'Clocks' })
        .getByText(/^Acknowledge in \d+ min$/)
        .count(),
    ).resolves.toBe(1);
    await expectAccessible(page);

    await act(page, 'Acknowledge', 'Take ownership');
    await page.getByText('Status: acknowledged').waitFor();
    await expect(
      page.getByRole('button', { name: 'Acknowledge', exact: true }).count(),
    ).resolves.toBe(0);

    await page.getByRole('button', { name: 'Propose remedy', exact: true }).click();
    await page.getByText('Your limit: up to 25 EUR now; above that a supervisor decides').waitFor();
    await page
      .getByRole('form', { name: 'Propose remedy' })
      .getByRole('button', { name: 'Cancel' })
      .click();

    await act(page, 'Add note', 'Save note', (form) =>
      form.getByLabel('Note', { exact: true }).fill('Customer waiting at the desk'),
    );
    await act(page, 'Make promise', 'Save promise', async (form) => {
      await form.getByLabel('What', { exact: true }).fill('A taxi within 20 minutes');
      await form.getByLabel('Due', { exact: true }).fill(await hoursFromNow(page, 2));
    });
    const promise = page.getByRole('listitem', { name: 'Promise: A taxi within 20 minutes' });
    await promise.getByText('open', { exact: true }).waitFor();
    await page
      .getByRole('list', { name: 'Clocks' })
      .getByText(/^Promise “A taxi within 20 minutes” in (1 h \d+ min|2 h)$/)
      .waitFor();
    await promise.getByRole('button', { name: 'Mark kept', exact: true }).click();
    await promise.getByRole('button', { name: 'Yes, it was kept' }).click();
    await promise.getByText('kept', { exact: true }).waitFor();

    await act(page, 'Resolve', 'Save resolution', async (form) => {
      await form.getByLabel('Outcome', { exact: true }).selectOption('fixed');
      await form.getByLabel('Summary', { exact: true }).fill('Replacement car handed over');
    });
    await page.getByText('Status: resolved').waitFor();
    await page.getByRole('button', { name: 'Reopen', exact: true }).waitFor();

    const timeline = page.getByRole('list', { name: 'Events' });
    for (const sentence of [
      /^Opened a complaint \(phone\): Rental car does not start at the gate\. Policy e2e-/,
      /^Acknowledged after \d+ (s|min), within the deadline$/,
      /^Note: Customer waiting at the desk$/,
      /^Promised “A taxi within 20 minutes” by .+, kept by person fiona-frontline$/,
      /^Kept the promise “A taxi within 20 minutes” on time$/,
      /^Resolved \(fixed\) after \d+ (s|min), within the deadline: Replacement car handed over$/,
    ]) {
      await timeline.getByText(sentence).waitFor();
    }
    await expect(
      timeline.getByText('Fiona Frontline (frontline)', { exact: false }).count(),
    ).resolves.toBeGreaterThan(3);

    await page.getByLabel('Decisions only').check();
    await timeline.getByText(/^Resolved \(fixed\)/).waitFor();
    await expect(timeline.getByText(/^Note: /).count()).resolves.toBe(0);
    await page.getByLabel('Decisions only').uncheck();

    const opening = timeline.getByRole('listitem').first();
    await opening.getByText('Raw event').click();
    await opening.getByText('Previous hash').waitFor();
    await expect(opening.locator('code').first().textContent()).resolves.toMatch(/^[0-9a-f]{64}$/);
    await expect(opening.locator('pre').textContent()).resolves.toContain('"kind": "complaint"');
    await expectAccessible(page);
    await page.context().close();
  });

  it("shows the workflow's reason beside a refused command and the API's field error beside its field", async () => {
    const token = await harness.api.token('frontline', { sub: 'desk-agent' });
    const id = await openIncident(
      harness.api,
      token,
      openBody(policyKey, { category: CATEGORY, summary: 'Lost luggage at the counter' }),
    );
    const page = await harness.signIn(FRONTLINE);
    await page.goto(`${harness.baseUrl}/console/incidents/${id}`);
    await act(page, 'Make promise', 'Save promise', async (form) => {
      await form.getByLabel('What', { exact: true }).fill('Courier brings the bag');
      await form.getByLabel('Due', { exact: true }).fill(await hoursFromNow(page, 2));
      await form.getByLabel('Who fulfils it', { exact: true }).selectOption('person');
      await form.getByLabel('Person id', { exact: true }).fill('courier-desk');
    });
    const promise = page.getByRole('listitem', { name: 'Promise: Courier brings the bag' });
    await promise.getByRole('button', { name: 'Confirm', exact: true }).click();
    await promise.getByRole('button', { name: 'I will keep it' }).click();
    await promise
      .getByRole('alert')
      .getByText(/courier-desk/)
      .waitFor();

    await page.getByRole('button', { name: 'Propose remedy', exact: true }).click();
    const remedy = page.getByRole('form', { name: 'Propose remedy' });
    await remedy.getByLabel('Amount (EUR)').fill('20');
    await remedy.getByLabel('Description', { exact: true }).fill('   ');
    await remedy.getByRole('button', { name: 'Send proposal' }).click();
    const description = remedy.getByRole('textbox', { name: 'Description' });
    await remedy.locator('.field-error').first().waitFor();
    await expect(description.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page);
    await page.context().close();
  });

  it('fits a phone screen, with the actions above the timeline', async () => {
    const page = await harness.signIn(FRONTLINE, PHONE);
    await page.goto(`${harness.baseUrl}/console/incidents/${incidentId}`);
    const reopen = page.getByRole('button', { name: 'Reopen', exact: true });
    await reopen.waitFor();
    const timeline = page.getByRole('heading', { name: 'Timeline' });
    const [actionsBox, timelineBox] = await Promise.all([
      reopen.boundingBox(),
      timeline.boundingBox(),
    ]);
    expect(actionsBox!.y).toBeLessThan(timelineBox!.y);
    await expect(
      page.evaluate<number>('document.documentElement.scrollWidth'),
    ).resolves.toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows an executive the incident and its timeline with no action at all', async () => {
    const page = await harness.signIn({
      name: 'Erik Executive',
      role: 'executive',
      sites: ['AMS'],
    });
    await page.goto(`${harness.baseUrl}/console/incidents/${incidentId}`);
    await page
      .getByRole('list', { name: 'Events' })
      .getByText(/^Resolved \(fixed\)/)
      .waitFor();
    for (const action of ACTIONS) {
      await expect(page.getByRole('button', { name: action, exact: true }).count()).resolves.toBe(
        0,
      );
    }
    await expect(page.getByRole('heading', { name: 'Actions' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});
