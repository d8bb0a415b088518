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
  if (inProduction && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL) {
    return ['AUTH_JWKS_URL (or AUTH_JWT_SECRET) is required when NODE_ENV=production'];
  }
  return [];
}
