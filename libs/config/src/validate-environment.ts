import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables, NodeEnvironment } from './environment-variables';
import { InvalidConfigurationError } from './invalid-configuration.error';

/** Validates raw environment variables, listing every problem in one error. */
export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const known = pickKnownVariables(raw);
  const env = plainToInstance(EnvironmentVariables, known, { exposeDefaultValues: true });
  const problems = validateSync(env).map(
    (error) =>
      `${error.property}=${JSON.stringify(known[error.property] ?? '')}: ` +
      Object.values(error.constraints ?? {}).join('; '),
  );
  problems.push(...crossFieldProblems(env));
  if (problems.length > 0) throw new InvalidConfigurationError(problems);
  return env;
}

// Only our own variables are validated: the rest of the process environment
// (PATH, HOME, CI…) is none of our business. Empty strings count as unset.
function pickKnownVariables(raw: Record<string, unknown>): Record<string, unknown> {
  const names = Object.keys(new EnvironmentVariables());
  return Object.fromEntries(
    names.filter((name) => raw[name] !== undefined && raw[name] !== '').map((n) => [n, raw[n]]),
  );
}

function crossFieldProblems(env: EnvironmentVariables): string[] {
  const inProduction = env.NODE_ENV === NodeEnvironment.Production;
  return [
    inProduction && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL
      ? 'AUTH_JWKS_URL (or AUTH_JWT_SECRET) is required when NODE_ENV=production'
      : null,
    // A key generated on the spot would sign checkpoints no auditor could tie to the system.
    inProduction && !env.AUDIT_SIGNING_KEY
      ? 'AUDIT_SIGNING_KEY (an Ed25519 private key, PEM) is required when NODE_ENV=production'
      : null,
    // A generated key would seal personal data that a second replica could not read.
    inProduction && !env.PERSONAL_DATA_KEY
      ? 'PERSONAL_DATA_KEY (32 random bytes, base64) is required when NODE_ENV=production'
      : null,
    // A generated key would encrypt histories that another replica could not read.
    inProduction && !env.PAYLOAD_ENCRYPTION_KEYS
      ? 'PAYLOAD_ENCRYPTION_KEYS (keyId:base64 of 32 random bytes) is required when NODE_ENV=production'
      : null,
    env.NOTIFICATION_WEBHOOK_URL
      ? 'NOTIFICATION_WEBHOOK_URL is replaced by webhook subscriptions: unset it and POST /v1/subscriptions with "eventTypes": ["FollowUpSent"]'
      : null,
  ].filter((problem): problem is string => problem !== null);
}
