import { toAuthConfig, validateEnvironment } from '@recovery/config';
import { signDevelopmentToken } from '../../apps/api/src/auth/sign-development-token.util';
import { parseTokenArguments } from './token-arguments.util';

/**
 * `npm run token -- --role supervisor --sub alice --sites AMS` prints an HS256
 * token signed with the secret the API verifies with (AUTH_JWT_SECRET, or the
 * development secret when it is unset), living as long as the API accepts
 * (AUTH_MAX_TOKEN_AGE_SECONDS) unless --expires says otherwise.
 */
async function main(): Promise<void> {
  const { user, expiresIn } = parseTokenArguments(process.argv.slice(2));
  const auth = toAuthConfig(validateEnvironment(process.env));
  if (!auth.jwtSecret)
    throw new Error('no HS256 secret: this deployment verifies RS256 tokens from AUTH_JWKS_URL');
  const token = await signDevelopmentToken(user, auth.jwtSecret, {
    expiresIn: expiresIn ?? `${auth.maxTokenAgeSeconds}s`,
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
