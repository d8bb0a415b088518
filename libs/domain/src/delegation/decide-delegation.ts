import { type Actor } from '../events/event-metadata';
import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';
import { FIELD_LIMITS, SITE_PATTERN } from '../incident/field-limits';
import { FieldChecks } from '../incident/command-guards.util';
import { roleCovers } from '../policy/remedy-authority.util';
import { isIsoTimestamp } from '../time/duration.util';
import {
  asDelegationId,
  DELEGABLE_ROLES,
  type DelegableRole,
  type DelegationCreated,
  type DelegationExpired,
  type DelegationRevoked,
} from './delegation-events';
import {
  DelegationNotActive,
  DelegationNotFound,
  DelegationRevocationForbidden,
  DelegationRoleAboveOwn,
  DelegationSiteNotHeld,
  RedelegationForbidden,
} from './delegation-rejections.error';
import { type Delegation } from './delegation-state';
import { ALL_SITES, sitesCover } from '../sites/site-scope.util';

/** Body of POST /v1/delegations. */
export interface CreateDelegationCommand {
  delegateId: string;
  role: DelegableRole;
  sites: string[];
  from: string;
  until: string;
  reason: string;
}

/** Who lends: their own role and sites (from their token), and what they hold only by delegation. */
export interface DelegatorContext {
  actor: Actor;
  sites: readonly string[];
  now: IsoTimestamp;
  /** Delegations lent to the actor that are in effect now: their authority cannot be passed on. */
  held: readonly Delegation[];
  newId: () => string;
}

/** At most this many sites per delegation: a bound on one request, not a business rule. */
export const MAX_DELEGATED_SITES = 100;

/**
 * Lends `role` at `sites` for [from, until). Only one's own authority can be lent:
 * a role above one's own, or a site one does not have, is refused; when it is held
 * only through a delegation the refusal says so (redelegation_forbidden).
 */
export function createDelegation(
  command: CreateDelegationCommand,
  ctx: DelegatorContext,
): DelegationCreated {
  checkFields(command, ctx);
  const { actor } = ctx;
  if (!roleCovers(actor.role, command.role)) {
    const lent = ctx.held.find((held) => roleCovers(held.role, command.role));
    if (lent) throw new RedelegationForbidden(lent.delegationId, 'role');
    throw new DelegationRoleAboveOwn(actor.role, command.role);
  }
  const notOwn = command.sites.filter((site) => !sitesCover(ctx.sites, site));
  if (notOwn.length > 0) {
    const lent = ctx.held.find((held) => notOwn.some((site) => sitesCover(held.sites, site)));
    if (lent) throw new RedelegationForbidden(lent.delegationId, 'sites');
    throw new DelegationSiteNotHeld(notOwn);
  }
  return {
    type: 'DelegationCreated',
    data: {
      delegationId: asDelegationId(ctx.newId()),
      delegator: actor,
      delegateId: command.delegateId,
      role: command.role,
      sites: [...command.sites],
      from: toIsoTimestamp(Date.parse(command.from)),
      until: toIsoTimestamp(Date.parse(command.until)),
      reason: command.reason,
      createdAt: ctx.now,
    },
  };
}

function checkFields(command: CreateDelegationCommand, ctx: DelegatorContext): void {
  const { sites, from, until } = command;
  const window = isIsoTimestamp(from) && isIsoTimestamp(until);
  new FieldChecks()
    .text(command.delegateId, 'delegateId', FIELD_LIMITS.actorId)
    .check(command.delegateId !== ctx.actor.id, 'delegateId', 'must be someone other than you')
    .check(DELEGABLE_ROLES.includes(command.role), 'role', 'must be supervisor or manager')
    .check(
      Array.isArray(sites) &&
        sites.length > 0 &&
        sites.length <= MAX_DELEGATED_SITES &&
        new Set(sites).size === sites.length &&
        sites.every((site) => site === ALL_SITES || SITE_PATTERN.test(site)),
      'sites',
      `must be 1 to ${MAX_DELEGATED_SITES} distinct site codes, or ["*"]`,
    )
    .check(isIsoTimestamp(from), 'from', 'must be an ISO-8601 timestamp')
    .check(isIsoTimestamp(until), 'until', 'must be an ISO-8601 timestamp')
    .check(!window || Date.parse(until) > Date.parse(from), 'until', 'must be after from')
    .check(!window || Date.parse(until) > Date.parse(ctx.now), 'until', 'must be in the future')
    .text(command.reason, 'reason')
    .done('create delegation');
}

/**
 * Withdraws a delegation at once. The delegator may, and an admin (who manages
 * access); the delegate and anyone else may not. One that has ended (revoked,
 * expired, or past `until`) has nothing left to revoke.
 */
export function revokeDelegation(
  delegation: Delegation | undefined,
  delegationId: string,
  actor: Actor,
  now: IsoTimestamp,
): DelegationRevoked {
  if (delegation === undefined) throw new DelegationNotFound(delegationId);
  if (delegation.delegator.id !== actor.id && actor.role !== 'admin')
    throw new DelegationRevocationForbidden(delegationId, actor.id);
  if (delegation.status !== 'active')
    throw new DelegationNotActive(delegationId, delegation.status);
  if (Date.parse(now) >= Date.parse(delegation.until))
    throw new DelegationNotActive(delegationId, 'ended');
  return {
    type: 'DelegationRevoked',
    data: { delegationId: delegation.delegationId, revokedBy: actor, revokedAt: now },
  };
}

/**
 * The expiry timer's step: an active delegation expires; a revoked or already
 * expired one (or none) produces nothing, so the timer can fire again harmlessly.
 */
export function expireDelegation(
  delegation: Delegation | undefined,
  now: IsoTimestamp,
): DelegationExpired[] {
  if (delegation?.status !== 'active') return [];
  return [
    {
      type: 'DelegationExpired',
      data: { delegationId: delegation.delegationId, until: delegation.until, expiredAt: now },
    },
  ];
}
