import { userFromClaims } from './token-claims.util';

describe('userFromClaims', () => {
  it('accepts sub, role, sites and an optional name', () => {
    expect(
      userFromClaims({ sub: 'alice', role: 'supervisor', sites: ['AMS'], name: 'Alice' }),
    ).toEqual({
      sub: 'alice',
      role: 'supervisor',
      sites: ['AMS'],
      name: 'Alice',
    });
  });

  it('carries the expiry a live stream ends at', () => {
    const user = userFromClaims({
      sub: 'a',
      role: 'frontline',
      sites: ['AMS'],
      exp: 1_767_225_600,
    });
    expect(user).toMatchObject({ expiresAt: new Date('2026-01-01T00:00:00Z') });
  });

  it.each([
    [{ role: 'supervisor', sites: ['AMS'] }, /sub/],
    [{ sub: 'a', role: 'root', sites: ['AMS'] }, /role/],
    [{ sub: 'a', role: 'frontline', sites: [] }, /sites/],
    [{ sub: 'a', role: 'frontline', sites: ['A MS'] }, /sites/],
    [{ sub: 'a', role: 'frontline', sites: ['AMS'], name: 7 }, /name/],
  ])('refuses unusable claims %j', (claims, reason) => {
    expect(userFromClaims(claims)).toMatch(reason);
  });
});
