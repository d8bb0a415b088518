import { randomUUID } from 'node:crypto';
import {
  type Actor,
  applyRemedyRule,
  type IncidentEventData,
  requiredAuthority,
  toMinorUnits,
} from '@recovery/domain';
import { type HistoryBuilder } from './incident-history';
import {
  SCENARIO_REMEDY_RULE,
  SCENARIO_SUPERVISOR,
  type PromiseScenario,
  type RemedyScenario,
} from './incident-scenario';

type Data<T extends 'RemedyProposed' | 'PromiseMade'> = IncidentEventData<T>;

// The rule as the domain records it with every remedy event (limits in minor units).
const RULE = applyRemedyRule(SCENARIO_REMEDY_RULE);

/** Remedies (with their approvals) and promises, after the acknowledgement. */
export function remedyHistory(h: HistoryBuilder): void {
  const start = h.scenario.acknowledgeAfterMs;
  h.scenario.remedies.forEach((remedy, index) =>
    remedyEvents(h, remedy, start + (index + 1) * 1000),
  );
  h.scenario.promises.forEach((promise, index) =>
    promiseEvents(h, promise, start + (index + 1) * 2000),
  );
}

function remedyEvents(h: HistoryBuilder, remedy: RemedyScenario, at: number): void {
  const remedyId = randomUUID() as Data<'RemedyProposed'>['remedyId'];
  const amount = toMinorUnits(remedy.amount, RULE.currency);
  if (amount === undefined) throw new RangeError(`not a ${RULE.currency} amount: ${remedy.amount}`);
  const money = { remedyId, remedyType: RULE.type, amount, currency: RULE.currency };
  const authority = requiredAuthority(amount, RULE);
  h.add(
    'RemedyProposed',
    at,
    {
      ...money,
      description: 'Taxi to the airport',
      proposedBy: h.staff,
      proposedAt: h.time(at),
      rule: RULE,
      requiredAuthority: authority,
      withinProposerAuthority: remedy.path === 'at_once',
    },
    h.staff,
  );
  if (remedy.path === 'at_once') {
    grant(h, money, h.staff, at, 'within_limit', authority);
    return;
  }
  const approvalId = randomUUID() as IncidentEventData<'ApprovalRequested'>['approvalId'];
  const decidedAt = at + (remedy.decisionAfterMs ?? 600_000);
  h.add(
    'ApprovalRequested',
    at,
    {
      ...money,
      approvalId,
      requiredAuthority: authority,
      requestedBy: h.staff,
      requestedAt: h.time(at),
      deadline: h.time(at + 600_000),
      expiresAt: h.time(at + 1_800_000),
      site: h.scenario.site,
    },
    h.staff,
  );
  if (remedy.path === 'expired') {
    h.add('ApprovalExpired', decidedAt, {
      approvalId,
      remedyId,
      expiredAt: h.time(decidedAt),
      deadline: h.time(at + 600_000),
      reason: 'timeout',
    });
    return;
  }
  const approver: Actor = {
    id: remedy.approverId ?? SCENARIO_SUPERVISOR,
    role: remedy.approverRole ?? 'supervisor',
  };
  const decision = {
    ...money,
    approvalId,
    approver,
    reason: remedy.path === 'granted' ? 'justified' : 'not justified',
    decidedAt: h.time(decidedAt),
    elapsedMs: decidedAt - at,
    requiredAuthority: authority,
    withinDeadline: decidedAt - at <= 600_000,
  } as const;
  if (remedy.path === 'denied') {
    h.add('ApprovalDenied', decidedAt, decision, approver);
    return;
  }
  h.add('ApprovalGranted', decidedAt, decision, approver);
  grant(h, { ...money }, approver, decidedAt, 'approval', authority, approvalId);
}

function grant(
  h: HistoryBuilder,
  money: Pick<
    IncidentEventData<'RemedyApproved'>,
    'remedyId' | 'remedyType' | 'amount' | 'currency'
  >,
  by: Actor,
  at: number,
  via: 'within_limit' | 'approval',
  requiredAuthority: IncidentEventData<'RemedyApproved'>['requiredAuthority'],
  approvalId?: IncidentEventData<'RemedyApproved'>['approvalId'],
): void {
  h.add(
    'RemedyApproved',
    at,
    {
      ...money,
      approvedBy: by,
      approvedAt: h.time(at),
      via,
      rule: RULE,
      requiredAuthority,
      ...(approvalId ? { approvalId } : {}),
    },
    by,
  );
  h.add('RemedyDelivered', at + 60_000, {
    ...money,
    deliveredAt: h.time(at + 60_000),
    deliveryRef: `delivery-${money.remedyId}`,
  });
}

function promiseEvents(h: HistoryBuilder, promise: PromiseScenario, at: number): void {
  const promiseId = randomUUID() as Data<'PromiseMade'>['promiseId'];
  const due = at + 3_600_000;
  const needsConfirmation = promise.confirmation !== undefined;
  const fulfilledBy = needsConfirmation
    ? { kind: 'team' as const, id: 'warehouse' }
    : { kind: 'person' as const, id: h.staff.id };
  h.add(
    'PromiseMade',
    at,
    {
      promiseId,
      description: 'Call back by five',
      dueAt: h.time(due),
      madeBy: h.staff,
      madeAt: h.time(at),
      fulfilledBy,
      requiresConfirmation: needsConfirmation,
      ...(needsConfirmation ? { confirmBy: h.time(at + 600_000) } : {}),
    },
    h.staff,
  );
  const warehouse: Actor = { id: 'warehouse-lead', role: 'frontline' };
  if (promise.confirmation === true) {
    h.add(
      'PromiseConfirmed',
      at + 60_000,
      { promiseId, confirmedBy: warehouse, confirmedAt: h.time(at + 60_000) },
      warehouse,
    );
  } else if (promise.confirmation === false) {
    h.add('PromiseUnconfirmed', at + 600_000, {
      promiseId,
      fulfilledBy,
      confirmBy: h.time(at + 600_000),
      flaggedAt: h.time(at + 600_000),
    });
  }
  if (promise.outcome === 'kept_on_time') {
    keep(h, promiseId, due - 600_000, due, 0);
    return;
  }
  h.add('PromiseBroken', due, {
    promiseId,
    description: 'Call back by five',
    dueAt: h.time(due),
    brokenAt: h.time(due),
    fulfilledBy,
    madeBy: h.staff,
  });
  const lateness = promise.latenessMs ?? 0;
  if (promise.outcome === 'kept_late') keep(h, promiseId, due + lateness, due, lateness);
}

function keep(
  h: HistoryBuilder,
  promiseId: Data<'PromiseMade'>['promiseId'],
  at: number,
  due: number,
  lateness: number,
): void {
  h.add(
    'PromiseKept',
    at,
    {
      promiseId,
      keptBy: h.staff,
      keptAt: h.time(at),
      dueAt: h.time(due),
      latenessMs: lateness,
      onTime: lateness === 0,
    },
    h.staff,
  );
}
