import { type EnvironmentVariables, NodeEnvironment } from './environment-variables';
import { InvalidConfigurationError } from './invalid-configuration.error';
import { type PayloadEncryptionKey, parsePayloadEncryptionKeys } from './payload-encryption-keys';
import { parseSiteTimeZones, type SiteTimeZones } from './site-time-zones';

export interface AuthConfig {
  /** HS256 secret (development and tests); absent when only JWKS is used. */
  jwtSecret?: string;
  /** True when the built-in development secret is in use (a warning is printed). */
  usingDevelopmentSecret: boolean;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The web console's OpenID Connect client id; with `issuer`, the console signs in there. */
  clientId?: string;
  /** A token older than this (from its `iat`), or issued to live longer, is refused. */
  maxTokenAgeSeconds: number;
  /** Tolerance for the issuer's clock on `exp`, `nbf` and `iat`. */
  clockSkewSeconds: number;
}

/**
 * The typed configuration of the API and the worker, built once at boot from
 * validated environment variables and injected wherever it is needed.
 */
export class AppConfig {
  readonly environment!: NodeEnvironment;
  readonly port!: number;
  /** Port of the worker's Prometheus endpoint; 0 lets the OS pick one. */
  readonly workerMetricsPort!: number;
  readonly databaseUrl!: string;
  readonly temporal!: {
    address: string;
    namespace: string;
    taskQueue: string;
    /** How long an HTTP command waits for its workflow to take it before answering 503. */
    commandTimeoutMs: number;
    /** PAYLOAD_ENCRYPTION_KEYS, the encrypting key first; absent: a development key in `dataDir`. */
    payloadEncryptionKeys?: readonly PayloadEncryptionKey[];
    /** Origins whose browsers (the Temporal UI) may call the codec endpoint. */
    codecCorsOrigins: readonly string[];
  };
  readonly auth!: AuthConfig;
  /** Upstream source name → its API key, for `POST /v1/intake/events`. */
  readonly intakeApiKeys!: ReadonlyMap<string, string>;
  readonly webhooks!: {
    /** Loopback, link-local and private targets allowed (tests and local development only). */
    allowPrivateTargets: boolean;
    /** How long a delivery is retried before it is marked failed. */
    retryWindowMs: number;
  };
  readonly logLevel!: string;
  readonly httpBodyLimit!: string;
  readonly rateLimitPerMinute!: number;
  /** Directory of the built web console, served at /console. */
  readonly consoleDir!: string;
  readonly siteTimeZones!: SiteTimeZones;
  readonly audit!: {
    /** Ed25519 private key (PEM) that signs checkpoints; absent: a development key in `dataDir`. */
    signingKeyPem?: string;
    /** How often the worker takes a checkpoint when events were appended since the last. */
    checkpointIntervalMs: number;
  };
  /** PERSONAL_DATA_KEY decoded; absent: a development key in `dataDir`. */
  readonly personalDataKey?: Buffer;
  /** Where development keys are generated on first start. */
  readonly dataDir!: string;
}

// Used only outside production so that `npm start` works with zero setup; the
// boot log warns loudly when it is in use.
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-0123456789';

/** Builds the typed configuration; api and worker need a database and Temporal. */
export function toAppConfig(env: EnvironmentVariables): AppConfig {
  const missing = [
    env.DATABASE_URL ? null : 'DATABASE_URL is required (npm start provides one)',
    env.TEMPORAL_ADDRESS ? null : 'TEMPORAL_ADDRESS is required (npm start provides one)',
  ].filter((problem): problem is string => problem !== null);
  if (missing.length > 0) throw new InvalidConfigurationError(missing);

  return {
    environment: env.NODE_ENV,
    port: env.PORT,
    workerMetricsPort: env.WORKER_METRICS_PORT,
    databaseUrl: env.DATABASE_URL!,
    temporal: {
      address: env.TEMPORAL_ADDRESS!,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      commandTimeoutMs: env.COMMAND_TIMEOUT_MS,
      ...(env.PAYLOAD_ENCRYPTION_KEYS && {
        payloadEncryptionKeys: parsePayloadEncryptionKeys(env.PAYLOAD_ENCRYPTION_KEYS),
      }),
      codecCorsOrigins: env.CODEC_CORS_ORIGINS?.split(',') ?? [],
    },
    auth: toAuthConfig(env),
    intakeApiKeys: parseApiKeys(env.INTAKE_API_KEYS),
    webhooks: {
      allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      retryWindowMs: env.WEBHOOK_RETRY_WINDOW_SECONDS * 1000,
    },
    logLevel: env.LOG_LEVEL,
    httpBodyLimit: env.HTTP_BODY_LIMIT,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    consoleDir: env.CONSOLE_DIR,
    siteTimeZones: parseSiteTimeZones(env.SITE_TIME_ZONES),
    audit: {
      // Environments often cannot hold newlines: `\n` stands for one.
      signingKeyPem: env.AUDIT_SIGNING_KEY?.replace(/\\n/g, '\n'),
      checkpointIntervalMs: env.AUDIT_CHECKPOINT_INTERVAL_MINUTES * 60_000,
    },
    ...(env.PERSONAL_DATA_KEY && {
      personalDataKey: Buffer.from(env.PERSONAL_DATA_KEY, 'base64'),
    }),
    dataDir: env.DATA_DIR,
  };
}

/** How tokens are verified (and, in development, signed). */
export function toAuthConfig(env: EnvironmentVariables): AuthConfig {
  const useDevSecret = !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL;
  return {
    jwtSecret: env.AUTH_JWT_SECRET ?? (useDevSecret ? DEVELOPMENT_JWT_SECRET : undefined),
    usingDevelopmentSecret: useDevSecret,
    jwksUrl: env.AUTH_JWKS_URL,
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    clientId: env.AUTH_CLIENT_ID,
    maxTokenAgeSeconds: env.AUTH_MAX_TOKEN_AGE_SECONDS,
    clockSkewSeconds: env.AUTH_CLOCK_SKEW_SECONDS,
  };
}

function parseApiKeys(list: string | undefined): ReadonlyMap<string, string> {
  if (!list) return new Map();
  return new Map(list.split(',').map((pair) => pair.split('=') as [string, string]));
}
