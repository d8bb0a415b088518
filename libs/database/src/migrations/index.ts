import { GrantApplicationRole1766000000001 } from './grant-application-role.migration';

/** The database lib's own migrations: the roles' privileges, which span every lib's tables. */
export const databaseMigrations = [GrantApplicationRole1766000000001];
