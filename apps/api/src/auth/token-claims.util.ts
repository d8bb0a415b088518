import { type JWTPayload } from 'jose';
import { SITE_SCOPE_PATTERN } from '@recovery/domain';
import { isUserRole } from './access-matrix';
import { type AuthenticatedUser } from './authenticated-user';

/** The user a verified token describes, or a reason why its claims are unusable. */
export function userFromClaims(payload: JWTPayload): AuthenticatedUser | string {
  const { sub, name, role, sites, exp } = payload as JWTPayload & Record<string, unknown>;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128)
    return 'claim sub is missing';
  if (!isUserRole(role)) return 'claim role is missing or unknown';
  if (
    !Array.isArray(sites) ||
    sites.length === 0 ||
    !sites.every((s) => typeof s === 'string' && SITE_SCOPE_PATTERN.test(s))
  )
    return 'claim sites must be a non-empty list of site codes';
  if (name !== undefined && typeof name !== 'string') return 'claim name must be a string';
  return {
    sub,
    role,
    sites: sites as string[],
    ...(name === undefined ? {} : { name }),
    ...(typeof exp === 'number' ? { expiresAt: new Date(exp * 1000) } : {}),
  };
}
