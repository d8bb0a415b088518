import { validateEnvironment } from '@recovery/config';
import { DATABASE_ROLES, provisionDatabaseRoles } from '@recovery/database';

/**
 * `node dist/tools/database/provision-roles.js`: creates (or updates) the owner and
 * application roles on an external PostgreSQL, connecting as DATABASE_ADMIN_URL (a
 * superuser on the application's database). Each role's password is the one in
 * its own URL: MIGRATION_DATABASE_URL as recovery_owner, DATABASE_URL as recovery_app.
 * The compose file runs it before the migrations.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  if (!env.DATABASE_ADMIN_URL || !env.MIGRATION_DATABASE_URL || !env.DATABASE_URL)
    throw new Error('DATABASE_ADMIN_URL, MIGRATION_DATABASE_URL and DATABASE_URL are required');
  await provisionDatabaseRoles(env.DATABASE_ADMIN_URL, {
    owner: passwordOf(env.MIGRATION_DATABASE_URL, 'MIGRATION_DATABASE_URL', DATABASE_ROLES.owner),
    application: passwordOf(env.DATABASE_URL, 'DATABASE_URL', DATABASE_ROLES.application),
  });
  console.log(`roles ${DATABASE_ROLES.owner} and ${DATABASE_ROLES.application} are ready`);
}

// The roles' names are fixed (the migrations grant to recovery_app by name).
function passwordOf(url: string, variable: string, role: string): string {
  const parsed = new URL(url);
  if (decodeURIComponent(parsed.username) !== role)
    throw new Error(`${variable} must connect as ${role}`);
  if (!parsed.password) throw new Error(`${variable} must carry ${role}'s password`);
  return decodeURIComponent(parsed.password);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
