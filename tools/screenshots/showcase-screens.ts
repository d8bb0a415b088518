import { type BrowserContextOptions, type Page } from 'playwright-core';
import { type Person } from './console-api';
import { PHONE } from './console-browser';
import { type Showcase } from './seed-showcase';
import { PEOPLE } from './showcase-people';
import { SHOWCASE_POLICY_KEY } from './showcase-policy';

/** One screenshot: the file, who looks, where, and what must be on screen before it is taken. */
export interface Screen {
  file: string;
  person: Person;
  path: (showcase: Showcase) => string;
  ready: (page: Page) => Promise<void>;
  context?: BrowserContextOptions;
}

const queueShown = async (page: Page): Promise<void> => {
  await page.getByText(/^\d+ incidents, nearest breach first$/).waitFor();
  await page.getByRole('listitem').first().waitFor();
};

const AUDIT_SELECTION = `policyKey=${SHOWCASE_POLICY_KEY}&policyVersion=2&compareVersion=1`;

/** Every screen of the console, each seen by the person it is for. */
export const SCREENS: Screen[] = [
  { file: 'queue.png', person: PEOPLE.fatima, path: () => '/console', ready: queueShown },
  {
    file: 'queue-phone.png',
    person: PEOPLE.fatima,
    path: () => '/console',
    ready: queueShown,
    context: { viewport: PHONE, isMobile: true, hasTouch: true },
  },
  {
    file: 'queue-dark.png',
    person: PEOPLE.fatima,
    path: () => '/console',
    ready: queueShown,
    context: { colorScheme: 'dark' },
  },
  {
    file: 'incident.png',
    person: PEOPLE.fatima,
    path: ({ strandedIncidentId }) => `/console/incidents/${strandedIncidentId}`,
    ready: (page) => page.getByText('Taxi van to the hotel in Haarlem').first().waitFor(),
  },
  {
    file: 'approvals.png',
    person: PEOPLE.sam,
    path: () => '/console/approvals',
    ready: (page) => page.getByText(/Requested by Fatima Frontline/).waitFor(),
  },
  {
    file: 'audit.png',
    person: PEOPLE.eve,
    path: () => `/console/audit?${AUDIT_SELECTION}`,
    ready: async (page) => {
      await page.getByRole('table', { name: 'Conformance figures by policy version' }).waitFor();
      await page.getByRole('region', { name: 'Verification' }).getByText('Intact').waitFor();
    },
  },
  {
    file: 'policies.png',
    person: PEOPLE.ada,
    path: () => `/console/policies?policy=${SHOWCASE_POLICY_KEY}`,
    ready: (page) =>
      page.getByRole('heading', { name: `New version of ${SHOWCASE_POLICY_KEY}` }).waitFor(),
  },
];
