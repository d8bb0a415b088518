import { DomainError } from '../errors/domain.error';

/**
 * Why a delegation, or a decision under one, is refused. Codes are stable, as the
 * incident rejections' are. Refusals that concern one field of the request carry it
 * in `errors`, so the problem response names the field.
 */

export class DelegationRoleAboveOwn extends DomainError {
  readonly code = 'delegation_role_above_own';
  readonly kind = 'forbidden';
  constructor(ownRole: string, role: string) {
    super(`a ${ownRole} cannot delegate ${role} authority: nobody lends a role above their own`, {
      ownRole,
      role,
      errors: [{ field: 'role', message: `must not be above your own role (${ownRole})` }],
    });
  }
}

export class DelegationSiteNotHeld extends DomainError {
  readonly code = 'delegation_site_not_held';
  readonly kind = 'forbidden';
  constructor(sites: readonly string[]) {
    super(`you cannot delegate authority at ${sites.join(', ')}: those are not your sites`, {
      sites,
      errors: [{ field: 'sites', message: `must be sites you have (not ${sites.join(', ')})` }],
    });
  }
}

/** Authority that came from a delegation cannot be passed on: only one's own role and sites. */
export class RedelegationForbidden extends DomainError {
  readonly code = 'redelegation_forbidden';
  readonly kind = 'forbidden';
  constructor(delegationId: string, field: 'role' | 'sites') {
    super(
      `that ${field === 'role' ? 'role' : 'site'} is yours only through delegation ${delegationId}; a delegate cannot delegate it again`,
      {
        delegationId,
        errors: [{ field, message: 'must come from your own role and sites, not a delegation' }],
      },
    );
  }
}

export class DelegationNotFound extends DomainError {
  readonly code = 'delegation_not_found';
  readonly kind = 'not_found';
  constructor(delegationId: string) {
    super(`delegation ${delegationId} does not exist`, { delegationId });
  }
}

/** Revoked, expired, or past its `until` already: there is nothing left to revoke. */
export class DelegationNotActive extends DomainError {
  readonly code = 'delegation_not_active';
  readonly kind = 'conflict';
  constructor(delegationId: string, status: string) {
    super(`delegation ${delegationId} is ${status}`, { delegationId, status });
  }
}

export class DelegationRevocationForbidden extends DomainError {
  readonly code = 'delegation_revocation_forbidden';
  readonly kind = 'forbidden';
  constructor(delegationId: string, actorId: string) {
    super(`only the delegator or an admin may revoke delegation ${delegationId}, not ${actorId}`, {
      delegationId,
      actorId,
    });
  }
}

/** A decision names a delegation that was lent to someone else. */
export class DelegationNotHeld extends DomainError {
  readonly code = 'delegation_not_held';
  readonly kind = 'forbidden';
  constructor(delegationId: string, actorId: string) {
    super(`delegation ${delegationId} was not lent to ${actorId}`, { delegationId, actorId });
  }
}

/** The decision falls outside [from, until) on workflow time. */
export class DelegationNotInEffect extends DomainError {
  readonly code = 'delegation_not_in_effect';
  readonly kind = 'forbidden';
  constructor(delegationId: string, from: string, until: string, at: string) {
    super(`delegation ${delegationId} counts from ${from} until ${until}, not at ${at}`, {
      delegationId,
      from,
      until,
      at,
    });
  }
}

export class DelegationSiteNotCovered extends DomainError {
  readonly code = 'delegation_site_not_covered';
  readonly kind = 'forbidden';
  constructor(delegationId: string, site: string) {
    super(`delegation ${delegationId} does not cover site ${site}`, { delegationId, site });
  }
}

/** The delegated role does not reach the approval's authority (same code as without a delegation). */
export class DelegatedRoleInsufficient extends DomainError {
  readonly code = 'approver_role_insufficient';
  readonly kind = 'forbidden';
  constructor(approvalId: string, delegationId: string, role: string, required: string) {
    super(
      `delegation ${delegationId} lends ${role} authority; approval ${approvalId} needs ${required}`,
      { approvalId, delegationId, role, required },
    );
  }
}

/** Acting for X, nobody decides X's own request (same code as deciding one's own). */
export class ActingForRequesterForbidden extends DomainError {
  readonly code = 'self_approval_forbidden';
  readonly kind = 'forbidden';
  constructor(approvalId: string, actorId: string, delegatorId: string) {
    super(
      `${delegatorId} requested approval ${approvalId}; ${actorId}, acting for ${delegatorId}, cannot decide it`,
      { approvalId, actorId, delegatorId },
    );
  }
}
