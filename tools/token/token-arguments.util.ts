import { parseArgs } from 'node:util';
import { isUserRole, USER_ROLES } from '../../apps/api/src/auth/access-matrix';
import { type AuthenticatedUser } from '../../apps/api/src/auth/authenticated-user';

export const USAGE = `usage: npm run token -- --role <${USER_ROLES.join('|')}> --sub <user id> --sites <AMS,RTM|*> [--name "Alice"] [--expires 2h]`;

/**
 * The user and lifetime asked for on the command line (no --expires: the caller's
 * default); throws with the usage line when something is off.
 */
export function parseTokenArguments(argv: string[]): {
  user: AuthenticatedUser;
  expiresIn?: string;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      sites: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string' },
    },
    strict: true,
  });
  const sites = (values.sites ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (!isUserRole(values.role) || !values.sub || sites.length === 0) throw new Error(USAGE);
  const user: AuthenticatedUser = {
    sub: values.sub,
    role: values.role,
    sites,
    ...(values.name ? { name: values.name } : {}),
  };
  return { user, ...(values.expires ? { expiresIn: values.expires } : {}) };
}
