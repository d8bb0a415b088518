import { Client } from 'pg';
import { DATABASE_ROLES, type DatabaseUrls } from './database-roles';

/** The password each role logs in with. */
export interface DatabaseRolePasswords {
  owner: string;
  application: string;
}

/**
 * Creates (or updates) the owner and application roles on the server behind
 * `superuserUrl`, hands the owner its database and every object already in the
 * public schema, and returns both roles' URLs on that database. Safe to run at
 * every start; needs a superuser. The application role's privileges come from the
 * migrations, which the owner runs next.
 */
export async function provisionDatabaseRoles(
  superuserUrl: string,
  passwords: DatabaseRolePasswords,
): Promise<DatabaseUrls> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name'))
      .rows[0].name;
    await ensureLoginRole(client, DATABASE_ROLES.owner, passwords.owner);
    await ensureLoginRole(client, DATABASE_ROLES.application, passwords.application);
    await client.query(
      `ALTER DATABASE ${client.escapeIdentifier(database)} OWNER TO ${DATABASE_ROLES.owner}`,
    );
    // PostgreSQL ≤ 14 lets every role create tables in public, so the application
    // role could own one; from 15 on the schema belongs to the database's owner.
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${DATABASE_ROLES.owner}`);
    await client.query(ADOPT_PUBLIC_OBJECTS_SQL);
  } finally {
    await client.end();
  }
  return {
    owner: urlAs(superuserUrl, DATABASE_ROLES.owner, passwords.owner),
    application: urlAs(superuserUrl, DATABASE_ROLES.application, passwords.application),
  };
}

// Attributes restated every time: a role someone widened is narrowed again.
async function ensureLoginRole(client: Client, role: string, password: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = found.rowCount === 0 ? 'CREATE' : 'ALTER';
  await client.query(
    `${verb} ROLE ${client.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
      `NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
  );
}

// A database migrated before the roles existed belongs to whoever migrated it (a
// superuser): the owner must own those objects to migrate them further, and nobody
// else may own one (an owner can disable its triggers). Sequences that belong to a
// column move with their table; an extension's objects stay its own.
const ADOPT_PUBLIC_OBJECTS_SQL = `
DO $$
DECLARE
  v_object record;
BEGIN
  FOR v_object IN
    SELECT c.relkind, format('%I', c.relname) AS name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
       AND c.relowner <> '${DATABASE_ROLES.owner}'::regrole
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO ${DATABASE_ROLES.owner}',
      CASE v_object.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      v_object.name);
  END LOOP;
  FOR v_object IN
    SELECT p.oid::regprocedure::text AS name
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.proowner <> '${DATABASE_ROLES.owner}'::regrole
       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                        AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO ${DATABASE_ROLES.owner}', v_object.name);
  END LOOP;
END
$$`;

function urlAs(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
