import { type InvalidCommand } from '../errors/incident-rejections.error';
import { type Actor } from '../events/event-metadata';
import { toIsoTimestamp } from '../ids/ids';
import { rejection } from '../incident/incident.spec-fixture';
import {
  type CreateDelegationCommand,
  createDelegation,
  type DelegatorContext,
  expireDelegation,
  revokeDelegation,
} from './decide-delegation';
import { type Delegation, foldDelegation, inEffect } from './delegation-state';

const t0 = Date.parse('2026-12-01T09:00:00.000Z');
const at = (minutes: number) => toIsoTimestamp(t0 + minutes * 60_000);
const sam: Actor = { id: 'sam', role: 'supervisor' };
const max: Actor = { id: 'max', role: 'manager' };
const admin: Actor = { id: 'ada', role: 'admin' };

const command = (overrides: Partial<CreateDelegationCommand> = {}): CreateDelegationCommand => ({
  delegateId: 'bob',
  role: 'supervisor',
  sites: ['AMS'],
  from: at(10),
  until: at(70),
  reason: 'On leave',
  ...overrides,
});

const context = (
  actor: Actor,
  sites: string[] = ['AMS'],
  held: Delegation[] = [],
): DelegatorContext => ({
  actor,
  sites,
  now: at(0),
  held,
  newId: () => '22222222-2222-4222-8222-222222222222',
});

/** A delegation lent to `delegateId`, as its stream folds. */
function lent(delegator: Actor, overrides: Partial<CreateDelegationCommand> = {}): Delegation {
  const created = createDelegation(command(overrides), context(delegator, ['*']));
  return foldDelegation([created])!;
}

const fields = (act: () => unknown): string[] => {
  try {
    act();
  } catch (error) {
    return (error as InvalidCommand).errors.map((e) => e.field);
  }
  return [];
};

describe('createDelegation', () => {
  it('lends the delegator’s own role at their own sites for the window, recording who lent it', () => {
    const created = createDelegation(command(), context(sam));
    expect(created).toEqual({
      type: 'DelegationCreated',
      data: {
        delegationId: '22222222-2222-4222-8222-222222222222',
        delegator: sam,
        delegateId: 'bob',
        role: 'supervisor',
        sites: ['AMS'],
        from: at(10),
        until: at(70),
        reason: 'On leave',
        createdAt: at(0),
      },
    });
  });

  it('lets a manager lend supervisor authority, and a delegator with every site lend any site', () => {
    expect(rejection(() => createDelegation(command(), context(max, ['*'])))).toBeUndefined();
    expect(
      rejection(() => createDelegation(command({ sites: ['*'] }), context(admin, ['*']))),
    ).toBeUndefined();
  });

  it('refuses a role above the delegator’s own, naming the field', () => {
    expect(rejection(() => createDelegation(command({ role: 'manager' }), context(sam)))).toBe(
      'delegation_role_above_own',
    );
  });

  it('refuses sites the delegator does not have, "*" included', () => {
    expect(rejection(() => createDelegation(command({ sites: ['RTM'] }), context(sam)))).toBe(
      'delegation_site_not_held',
    );
    expect(rejection(() => createDelegation(command({ sites: ['*'] }), context(sam)))).toBe(
      'delegation_site_not_held',
    );
  });

  it('refuses to pass on a role or a site held only through a delegation', () => {
    const managerForSam = lent(max, { delegateId: 'sam', role: 'manager', sites: ['AMS'] });
    expect(
      rejection(() =>
        createDelegation(command({ role: 'manager' }), context(sam, ['AMS'], [managerForSam])),
      ),
    ).toBe('redelegation_forbidden');
    const rotterdamForSam = lent(max, { delegateId: 'sam', sites: ['RTM'] });
    expect(
      rejection(() =>
        createDelegation(command({ sites: ['RTM'] }), context(sam, ['AMS'], [rotterdamForSam])),
      ),
    ).toBe('redelegation_forbidden');
  });

  it('still lets a delegate lend their own authority', () => {
    const managerForSam = lent(max, { delegateId: 'sam', role: 'manager' });
    expect(
      rejection(() => createDelegation(command(), context(sam, ['AMS'], [managerForSam]))),
    ).toBeUndefined();
  });

  it.each([
    [{ delegateId: 'sam' }, 'delegateId'],
    [{ delegateId: '' }, 'delegateId'],
    [{ role: 'frontline' as never }, 'role'],
    [{ sites: [] }, 'sites'],
    [{ sites: ['AMS', 'AMS'] }, 'sites'],
    [{ sites: ['A M S'] }, 'sites'],
    [{ from: 'tomorrow' }, 'from'],
    [{ until: at(5) }, 'until'],
    [{ from: at(-120), until: at(-60) }, 'until'],
    [{ reason: ' ' }, 'reason'],
  ])('refuses %j naming %s', (overrides, field) => {
    expect(fields(() => createDelegation(command(overrides), context(sam)))).toEqual([field]);
  });
});

describe('a delegation’s life: revoke and expire', () => {
  const creation = () => createDelegation(command(), context(sam));
  const created = () => foldDelegation([creation()])!;

  it('is in effect only within [from, until) while active', () => {
    const delegation = created();
    expect([at(9), at(10), at(69), at(70)].map((t) => inEffect(delegation, t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('is revoked by its delegator or an admin, at once', () => {
    const revoked = revokeDelegation(created(), 'd', sam, at(20));
    expect(revoked.data).toEqual({
      delegationId: created().delegationId,
      revokedBy: sam,
      revokedAt: at(20),
    });
    const folded = foldDelegation([creation(), revoked])!;
    expect({ status: folded.status, inEffect: inEffect(folded, at(20)) }).toEqual({
      status: 'revoked',
      inEffect: false,
    });
    expect(rejection(() => revokeDelegation(created(), 'd', admin, at(20)))).toBeUndefined();
  });

  it('refuses a revocation by the delegate or anyone else, of nothing, or of one that ended', () => {
    expect(
      rejection(() => revokeDelegation(created(), 'd', { id: 'bob', role: 'supervisor' }, at(20))),
    ).toBe('delegation_revocation_forbidden');
    expect(rejection(() => revokeDelegation(undefined, 'd', sam, at(20)))).toBe(
      'delegation_not_found',
    );
    expect(rejection(() => revokeDelegation(created(), 'd', sam, at(70)))).toBe(
      'delegation_not_active',
    );
    const expired = { ...created(), status: 'expired' as const };
    expect(rejection(() => revokeDelegation(expired, 'd', sam, at(20)))).toBe(
      'delegation_not_active',
    );
  });

  it('expires an active delegation once; a revoked or expired one gives nothing', () => {
    const [expired] = expireDelegation(created(), at(70));
    expect(expired.data).toEqual({
      delegationId: created().delegationId,
      until: at(70),
      expiredAt: at(70),
    });
    expect(expireDelegation({ ...created(), status: 'revoked' }, at(70))).toEqual([]);
    expect(expireDelegation({ ...created(), status: 'expired' }, at(70))).toEqual([]);
    expect(expireDelegation(undefined, at(70))).toEqual([]);
  });

  it('refuses to fold an ending of a delegation that already ended', () => {
    const [expired] = expireDelegation(created(), at(70));
    expect(() => foldDelegation([creation(), expired, expired])).toThrow(/not active/);
  });
});
