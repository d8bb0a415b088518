import { type MixedList } from 'typeorm';
import { auditMigrations } from '@recovery/audit/migrations';
import { calendarsMigrations } from '@recovery/calendars/migrations';
import { delegationsMigrations } from '@recovery/delegations/migrations';
import { eventStoreMigrations } from '@recovery/event-store/migrations';
import { apiRequestMigrations, incidentsMigrations } from '@recovery/incidents/migrations';
import { policiesMigrations } from '@recovery/policies/migrations';
import { webhooksMigrations } from '@recovery/webhooks/migrations';
import { personalDataMigrations } from '@recovery/personal-data/migrations';
import { databaseMigrations } from './migrations';

/**
 * Every lib's migrations, in one list. Each lib owns its tables; their class
 * names end in timestamps from separate ranges, so the order is stable. The
 * migrations are imported through each lib's `/migrations` entry point, not
 * its index, so migrating loads no application code (Nest, Temporal, …).
 */
export const allMigrations: MixedList<string | (new () => object)> = [
  ...eventStoreMigrations,
  ...policiesMigrations,
  ...incidentsMigrations,
  ...apiRequestMigrations,
  ...auditMigrations,
  ...calendarsMigrations,
  ...delegationsMigrations,
  ...webhooksMigrations,
  // Grants on the tables above (a later lib's migration grants its own tables).
  ...databaseMigrations,
  ...personalDataMigrations,
];
