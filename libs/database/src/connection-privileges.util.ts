import { type DataSource } from 'typeorm';

// The role the apps connect as may change history when it is a superuser (which can set
// session_replication_role and so switch every trigger off) or owns `events` (owners
// disable triggers). Either defeats the least-privilege roles (issue 14, item 2).
const PRIVILEGES_SQL = `
  SELECT r.rolsuper AS superuser,
         coalesce((SELECT pg_has_role(current_user, c.relowner, 'MEMBER')
                     FROM pg_class c
                    WHERE c.oid = to_regclass('public.events')), false) AS owns_events
    FROM pg_roles r WHERE r.rolname = current_user`;

/** Why the connected role could rewrite history, or null when it cannot. */
export async function historyRewritingPrivilege(dataSource: DataSource): Promise<string | null> {
  const [row] =
    await dataSource.query<{ superuser: boolean; owns_events: boolean }[]>(PRIVILEGES_SQL);
  if (row?.superuser) return 'is a superuser';
  if (row?.owns_events) return 'owns the events table';
  return null;
}
