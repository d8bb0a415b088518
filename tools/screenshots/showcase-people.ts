import { type Person } from './console-api';

/** The site every showcase incident is opened at. */
export const SHOWCASE_SITE = 'AMS';

/** The people of the showcase, one per kind of console user; each screen is seen as one of them. */
export const PEOPLE = {
  fatima: { name: 'Fatima Frontline', role: 'frontline', sites: [SHOWCASE_SITE] },
  jonas: { name: 'Jonas de Vries', role: 'frontline', sites: [SHOWCASE_SITE] },
  sam: { name: 'Sam Supervisor', role: 'supervisor', sites: [SHOWCASE_SITE] },
  eve: { name: 'Eve Executive', role: 'executive', sites: ['*'] },
  ada: { name: 'Ada Admin', role: 'admin', sites: ['*'] },
} satisfies Record<string, Person>;
