import { type Locator, type Page } from 'playwright-core';

/** Opens an action's inline form on the incident page, fills it and submits it with `submit`. */
export async function act(
  page: Page,
  action: string,
  submit: string,
  fill?: (form: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await fill?.(form);
  await form.getByRole('button', { name: submit, exact: true }).click();
  await form.waitFor({ state: 'detached' });
}

/** A datetime-local value `hours` from now, in the browser's zone. */
export async function hoursFromNow(page: Page, hours: number): Promise<string> {
  return page.evaluate((offset) => {
    const due = new Date(Date.now() + offset * 3_600_000);
    due.setMinutes(due.getMinutes() - due.getTimezoneOffset());
    return due.toISOString().slice(0, 16);
  }, hours);
}
