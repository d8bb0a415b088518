import { SignJWT } from 'jose';
import { type AuthenticatedUser } from './authenticated-user';

/** Signs an HS256 token with the development secret (npm run token, e2e tests); a number `expiresIn` is an epoch second. */
export function signDevelopmentToken(
  user: AuthenticatedUser,
  secret: string,
  options: { expiresIn?: string | number; issuer?: string; audience?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({
    role: user.role,
    sites: user.sites,
    ...(user.name ? { name: user.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
