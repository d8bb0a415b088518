import { type ActorRole } from '@recovery/domain';

/** Roles a person can hold in a token (`system` is reserved for intake and timers). */
export const USER_ROLES = ['frontline', 'supervisor', 'manager', 'executive', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number] & ActorRole;

/** What a route lets its caller do; each route declares exactly one. */
export type Permission =
  | 'incident:open'
  | 'incident:read'
  | 'incident:act'
  | 'approval:read'
  | 'approval:decide'
  | 'delegation:read'
  | 'delegation:write'
  | 'policy:read'
  | 'policy:write'
  | 'audit:read'
  | 'audit:checkpoint'
  | 'subscription:manage'
  | 'customer:erase'
  | 'codec:decode'
  | 'codec:encode';

/**
 * The route × role matrix (issue 5): frontline staff work incidents, supervisors
 * and managers also decide approvals, executives read and never write, admins
 * manage policies; the audit is for executives. Sites restrict every role further (see canAccessSite).
 * Calendars and site registrations (issue 12) are configuration beside policies: the
 * policy permissions read and write them too.
 */
export const ACCESS_MATRIX: Readonly<Record<Permission, readonly UserRole[]>> = {
  'incident:open': ['frontline', 'supervisor', 'manager'],
  'incident:read': ['frontline', 'supervisor', 'manager', 'executive', 'admin'],
  'incident:act': ['frontline', 'supervisor', 'manager'],
  'approval:read': ['supervisor', 'manager', 'executive', 'admin'],
  'approval:decide': ['supervisor', 'manager'],
  // Issue 12: those who hold approval authority lend it (admins manage access); who
  // reads approvals also sees who is acting for whom.
  'delegation:read': ['supervisor', 'manager', 'executive', 'admin'],
  'delegation:write': ['supervisor', 'manager', 'admin'],
  'policy:read': ['frontline', 'supervisor', 'manager', 'executive', 'admin'],
  'policy:write': ['admin'],
  // Issue 6: the executive audit is for executives (and admins) only.
  'audit:read': ['executive', 'admin'],
  // Issue 14: taking a signed checkpoint writes one, so it is a permission of its own.
  'audit:checkpoint': ['executive', 'admin'],
  // Issue 13: webhook subscriptions are integration set-up, as policies are.
  'subscription:manage': ['admin'],
  // Issue 14: erasing a customer's personal data is a data-protection task of admins.
  'customer:erase': ['admin'],
  // Issue 14: the Temporal UI's codec endpoint shows every site's payloads decoded, personal
  // data included, for operating Temporal: a platform task, so admins (with all sites) only.
  // Managers see personal data in the API, but site by site; executives read reports, not payloads.
  'codec:decode': ['admin'],
  'codec:encode': ['admin'],
};

/**
 * What a delegation in effect lends its delegate, whatever their role (issue 12): reading
 * and deciding approvals, so a supervisor on leave can hand them to a frontline colleague.
 * Never `delegation:write`: a delegate cannot delegate again. Which approvals the delegate
 * may decide is the domain's check against the delegation itself.
 */
export const LENT_BY_DELEGATION: readonly Permission[] = ['approval:read', 'approval:decide'];

/** True when `role` may use routes that require `permission`. */
export function roleAllows(role: UserRole, permission: Permission): boolean {
  return ACCESS_MATRIX[permission].includes(role);
}

/** True when `role` may use `permission`, or a delegation in effect (`holdsDelegation`) lends it. */
export function allows(role: UserRole, permission: Permission, holdsDelegation: boolean): boolean {
  return (
    roleAllows(role, permission) || (holdsDelegation && LENT_BY_DELEGATION.includes(permission))
  );
}

/** Every permission `role` has, with the lent ones while `holdsDelegation`, in matrix order. */
export function permissionsOf(role: UserRole, holdsDelegation: boolean): Permission[] {
  return (Object.keys(ACCESS_MATRIX) as Permission[]).filter((permission) =>
    allows(role, permission, holdsDelegation),
  );
}

/** Type guard for a role claim. */
export function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}
