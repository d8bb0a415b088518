import { type EnvironmentVariables } from '@recovery/config';

/**
 * The two roles of a least-privilege deployment (issue 14, item 2). The owner role
 * owns every table and runs the migrations; the API and the worker connect as the
 * application role, which the migrations grant exactly what the apps do and nothing
 * that changes history: on `events` SELECT and INSERT only. Not owning a table, it
 * cannot disable that table's triggers; not a superuser, it cannot set
 * `session_replication_role`, which would switch every trigger off without an ALTER.
 */
export const DATABASE_ROLES = {
  owner: 'recovery_owner',
  application: 'recovery_app',
} as const;

/** The URL of each role: migrations connect with `owner`, the apps with `application`. */
export interface DatabaseUrls {
  owner: string;
  application: string;
}

/**
 * The URLs of an external PostgreSQL, when DATABASE_URL names one: migrations use
 * MIGRATION_DATABASE_URL, or DATABASE_URL itself (a deployment from before the roles).
 */
export function configuredDatabaseUrls(env: EnvironmentVariables): DatabaseUrls | undefined {
  if (!env.DATABASE_URL) return undefined;
  return { owner: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL, application: env.DATABASE_URL };
}
