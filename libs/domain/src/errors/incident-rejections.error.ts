import { DomainError, type FieldError } from './domain.error';

/**
 * Why the recovery workflow refuses a command. Each code is stable: the API
 * answers with it and clients may branch on it.
 */

export class IncidentNotOpen extends DomainError {
  readonly code = 'incident_not_open';
  readonly kind = 'conflict';
  constructor(incidentId: string, status: string, command: string) {
    super(`incident ${incidentId} is ${status}; ${command} needs an open incident`, {
      incidentId,
      status,
      command,
    });
  }
}

export class IncidentAlreadyAcknowledged extends DomainError {
  readonly code = 'incident_already_acknowledged';
  readonly kind = 'conflict';
  constructor(incidentId: string) {
    super(`incident ${incidentId} is already acknowledged`, { incidentId });
  }
}

export class IncidentNotAcknowledged extends DomainError {
  readonly code = 'incident_not_acknowledged';
  readonly kind = 'conflict';
  constructor(incidentId: string) {
    super(`incident ${incidentId} must be acknowledged before it is resolved`, { incidentId });
  }
}

/** The acknowledge clock is not pausable (issue 12): an incident waits on the customer only once acknowledged. */
export class AcknowledgeClockNotPausable extends DomainError {
  readonly code = 'acknowledge_clock_not_pausable';
  readonly kind = 'conflict';
  constructor(incidentId: string) {
    super(
      `incident ${incidentId} is not acknowledged yet and the acknowledge clock cannot be paused: acknowledge it before waiting on the customer`,
      { incidentId },
    );
  }
}

export class SlaClockAlreadyPaused extends DomainError {
  readonly code = 'sla_clock_already_paused';
  readonly kind = 'conflict';
  constructor(incidentId: string, pausedAt: string) {
    super(`incident ${incidentId} has been waiting on the customer since ${pausedAt}`, {
      incidentId,
      pausedAt,
    });
  }
}

export class SlaClockNotPaused extends DomainError {
  readonly code = 'sla_clock_not_paused';
  readonly kind = 'conflict';
  constructor(incidentId: string, status: string) {
    super(`incident ${incidentId} is ${status}, not waiting on the customer: nothing to resume`, {
      incidentId,
      status,
    });
  }
}

export class IncidentNotResolved extends DomainError {
  readonly code = 'incident_not_resolved';
  readonly kind = 'conflict';
  constructor(incidentId: string, status: string) {
    super(
      `incident ${incidentId} is ${status}; only a resolved or closed incident can be reopened`,
      { incidentId, status },
    );
  }
}

export class FollowUpNotSent extends DomainError {
  readonly code = 'follow_up_not_sent';
  readonly kind = 'conflict';
  constructor(incidentId: string) {
    super(`incident ${incidentId} has no follow-up awaiting an answer`, { incidentId });
  }
}

export class RemedyTypeNotInPolicy extends DomainError {
  readonly code = 'remedy_type_not_in_policy';
  readonly kind = 'unprocessable';
  constructor(remedyType: string, policyKey: string, policyVersion: number) {
    super(`policy ${policyKey} v${policyVersion} offers no remedy of type ${remedyType}`, {
      remedyType,
      policyKey,
      policyVersion,
    });
  }
}

export class RemedyCurrencyMismatch extends DomainError {
  readonly code = 'remedy_currency_mismatch';
  readonly kind = 'unprocessable';
  constructor(remedyType: string, expected: string, given: string) {
    super(`remedy ${remedyType} is limited in ${expected}, not ${given}`, {
      remedyType,
      expected,
      given,
    });
  }
}

export class ApprovalNotFound extends DomainError {
  readonly code = 'approval_not_found';
  readonly kind = 'not_found';
  constructor(approvalId: string) {
    super(`approval ${approvalId} does not exist on this incident`, { approvalId });
  }
}

export class ApprovalAlreadyDecided extends DomainError {
  readonly code = 'approval_already_decided';
  readonly kind = 'conflict';
  constructor(approvalId: string, status: string) {
    super(`approval ${approvalId} is already ${status}`, { approvalId, status });
  }
}

export class SelfApprovalForbidden extends DomainError {
  readonly code = 'self_approval_forbidden';
  readonly kind = 'forbidden';
  constructor(approvalId: string, actorId: string) {
    super(`${actorId} requested approval ${approvalId} and cannot decide it`, {
      approvalId,
      actorId,
    });
  }
}

export class ApproverRoleInsufficient extends DomainError {
  readonly code = 'approver_role_insufficient';
  readonly kind = 'forbidden';
  constructor(approvalId: string, role: string, required: string) {
    super(`a ${role} cannot decide approval ${approvalId}; it needs ${required} authority`, {
      approvalId,
      role,
      required,
    });
  }
}

export class PromiseNotFound extends DomainError {
  readonly code = 'promise_not_found';
  readonly kind = 'not_found';
  constructor(promiseId: string) {
    super(`promise ${promiseId} does not exist on this incident`, { promiseId });
  }
}

export class PromiseAlreadyKept extends DomainError {
  readonly code = 'promise_already_kept';
  readonly kind = 'conflict';
  constructor(promiseId: string) {
    super(`promise ${promiseId} is already kept`, { promiseId });
  }
}

export class PromiseConfirmationNotExpected extends DomainError {
  readonly code = 'promise_confirmation_not_expected';
  readonly kind = 'conflict';
  constructor(promiseId: string, why: string) {
    super(`promise ${promiseId} cannot be confirmed: ${why}`, { promiseId, why });
  }
}

export class PromiseConfirmerMismatch extends DomainError {
  readonly code = 'promise_confirmer_mismatch';
  readonly kind = 'forbidden';
  constructor(promiseId: string, expected: string, actorId: string) {
    super(`promise ${promiseId} must be confirmed by ${expected}, not ${actorId}`, {
      promiseId,
      expected,
      actorId,
    });
  }
}

export class InvalidCommand extends DomainError {
  readonly code = 'invalid_command';
  readonly kind = 'invalid';
  constructor(
    message: string,
    readonly errors: FieldError[],
  ) {
    super(message, { errors });
  }
}

export class InvalidPolicyDocument extends DomainError {
  readonly code = 'invalid_policy_document';
  readonly kind = 'unprocessable';
  constructor(readonly errors: FieldError[]) {
    super(
      `policy document is invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}

export class PolicyNotFound extends DomainError {
  readonly code = 'policy_not_found';
  readonly kind = 'not_found';
  constructor(key: string, version?: number) {
    super(
      version === undefined
        ? `no policy with key ${key}`
        : `no version ${version} of policy ${key}`,
      { key, version },
    );
  }
}

/**
 * The event store refused the events a command produced (PostgreSQL would not
 * take their data). Nothing was stored and the incident is unchanged: the same
 * command with other data, or any other command, still works.
 */
export class EventDataRefused extends DomainError {
  readonly code = 'event_data_refused';
  readonly kind = 'unprocessable';
  constructor(incidentId: string, reason: string) {
    super(`the events for incident ${incidentId} could not be stored: ${reason}`, {
      incidentId,
      reason,
    });
  }
}
