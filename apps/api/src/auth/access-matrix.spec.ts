import { allows, permissionsOf, roleAllows, USER_ROLES } from './access-matrix';

describe('what a delegation in effect lends', () => {
  it('adds reading and deciding approvals to frontline staff, and nothing else', () => {
    const own = permissionsOf('frontline', false);
    const lent = permissionsOf('frontline', true).filter((p) => !own.includes(p));
    expect(lent).toEqual(['approval:read', 'approval:decide']);
    expect(allows('frontline', 'approval:decide', false)).toBe(false);
    expect(allows('frontline', 'approval:decide', true)).toBe(true);
  });

  it('lends an executive deciding, which the role alone never allows', () => {
    expect(allows('executive', 'approval:decide', false)).toBe(false);
    expect(allows('executive', 'approval:decide', true)).toBe(true);
  });

  it.each(USER_ROLES)(
    'never lends %s delegation:write, delegation:read or policy:write',
    (role) => {
      for (const permission of ['delegation:write', 'delegation:read', 'policy:write'] as const) {
        expect([permission, allows(role, permission, true)]).toEqual([
          permission,
          allows(role, permission, false),
        ]);
      }
    },
  );

  it.each(USER_ROLES)('takes nothing away from %s', (role) => {
    expect(permissionsOf(role, true)).toEqual(expect.arrayContaining(permissionsOf(role, false)));
  });
});

describe('the codec endpoint (decoded Temporal payloads, every site)', () => {
  it.each(USER_ROLES)('is for admins only: %s', (role) => {
    expect([roleAllows(role, 'codec:decode'), roleAllows(role, 'codec:encode')]).toEqual([
      role === 'admin',
      role === 'admin',
    ]);
  });

  it('is never lent by a delegation', () => {
    expect(allows('supervisor', 'codec:decode', true)).toBe(false);
  });
});
