import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { IsPayloadEncryptionKeyList } from './payload-encryption-keys';
import { IsSiteTimeZoneList } from './site-time-zones';

export enum NodeEnvironment {
  Development = 'development',
  Test = 'test',
  Production = 'production',
}

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

const POSTGRES_URL = /^postgres(ql)?:\/\/.+/;
const HOST_PORT = /^[^\s:/]+:\d{1,5}$/;
/** `source=key` pairs separated by commas, e.g. `telematics=k1,callcentre=k2`. */
const API_KEY_LIST = /^[\w.-]+=[^\s,=]{16,}(,[\w.-]+=[^\s,=]{16,})*$/;
/** Web origins (scheme, host, port; no path) separated by commas. */
const ORIGIN_LIST = /^https?:\/\/[^\s,/]+(,https?:\/\/[^\s,/]+)*$/;

/**
 * Every environment variable the system reads, validated once at boot.
 * The README's configuration table documents the same list.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsEnum(NodeEnvironment)
  NODE_ENV: NodeEnvironment = NodeEnvironment.Development;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** The worker's Prometheus `/metrics` port; 0: a free port the OS picks (tests, several local workers). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_METRICS_PORT = 9464;

  /** The application role's URL: the API and the worker connect with it. */
  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /** The owner role's URL: migrations run with it. Default: DATABASE_URL. */
  @IsOptional()
  @Matches(POSTGRES_URL, {
    message: 'MIGRATION_DATABASE_URL must be a postgres:// connection URL',
  })
  MIGRATION_DATABASE_URL?: string;

  /** A superuser's URL, read only by tools/database/provision-roles to create the two roles. */
  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'DATABASE_ADMIN_URL must be a postgres:// connection URL' })
  DATABASE_ADMIN_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR = '.data';

  @IsOptional()
  @Matches(HOST_PORT, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_NAMESPACE = 'default';

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_TASK_QUEUE = 'incident-recovery';

  @IsOptional()
  @IsString()
  @MinLength(1)
  TEMPORAL_CLI_PATH?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_UI_PORT = 8233;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 5488;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_DEV_SERVER_PORT = 7233;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  AUTH_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  @IsOptional()
  @IsString()
  AUTH_AUDIENCE?: string;

  /** The oldest a bearer token may be, counted from its `iat` (issue 14: tokens that never expire). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'AUTH_MAX_TOKEN_AGE_SECONDS must be a whole number of seconds' })
  @Min(1, { message: 'AUTH_MAX_TOKEN_AGE_SECONDS must be at least 1' })
  AUTH_MAX_TOKEN_AGE_SECONDS = 43_200;

  /** How far the identity provider's clock may be ahead or behind ours, for `exp`, `nbf` and `iat`. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'AUTH_CLOCK_SKEW_SECONDS must be a whole number of seconds' })
  @Min(1, { message: 'AUTH_CLOCK_SKEW_SECONDS must be at least 1' })
  AUTH_CLOCK_SKEW_SECONDS = 60;

  /** OpenID Connect client id of the web console (authorization code flow with PKCE). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  AUTH_CLIENT_ID?: string;

  /** Each site's IANA time zone, for showing times in site time: `AMS=Europe/Amsterdam,*=UTC`. */
  @IsOptional()
  @IsSiteTimeZoneList()
  SITE_TIME_ZONES?: string;

  /** Where the built web console lies (`npm run build` writes it there). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CONSOLE_DIR = 'dist/console';

  @IsOptional()
  @Matches(API_KEY_LIST, {
    message:
      'INTAKE_API_KEYS must be source=key pairs separated by commas (keys of 16+ characters)',
  })
  INTAKE_API_KEYS?: string;

  /**
   * Replaced by webhook subscriptions (`POST /v1/subscriptions` to `FollowUpSent`):
   * still read so that a deployment that sets it is told, not silently left without follow-ups.
   */
  @IsOptional()
  @IsString()
  NOTIFICATION_WEBHOOK_URL?: string;

  /** Lets webhook subscriptions target loopback and private networks (tests, local development). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** How long a webhook delivery is retried (with exponential back-off) before it is marked failed. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_RETRY_WINDOW_SECONDS = 86_400;

  /** Ed25519 private key (PKCS#8 PEM; `\n` may stand for newlines) that signs audit checkpoints. */
  @IsOptional()
  @Matches(/-----BEGIN PRIVATE KEY-----/, {
    message: 'AUDIT_SIGNING_KEY must be a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)',
  })
  AUDIT_SIGNING_KEY?: string;

  /**
   * 32 random bytes, base64: wraps every customer's data key and keys the hash
   * customer references are looked up by. Losing it loses all sealed personal data.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message:
      'PERSONAL_DATA_KEY must be 32 bytes, base64 (44 characters, e.g. openssl rand -base64 32)',
  })
  PERSONAL_DATA_KEY?: string;

  /**
   * AES-256-GCM keys of the Temporal payload codec, `keyId:base64key` separated by
   * commas: the first encrypts, every one decrypts (so a key can rotate out slowly).
   */
  @IsOptional()
  @IsPayloadEncryptionKeyList()
  PAYLOAD_ENCRYPTION_KEYS?: string;

  /** Origins (the Temporal UI's) whose browsers may call the codec endpoint; none by default. */
  @IsOptional()
  @Matches(ORIGIN_LIST, {
    message:
      'CODEC_CORS_ORIGINS must be origins separated by commas (https://temporal-ui.example:8233)',
  })
  CODEC_CORS_ORIGINS?: string;

  /** How often the worker takes a signed checkpoint of the store (when anything was appended). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUDIT_CHECKPOINT_INTERVAL_MINUTES = 60;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'HTTP_BODY_LIMIT must look like 100kb or 1mb' })
  HTTP_BODY_LIMIT = '256kb';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(300_000)
  COMMAND_TIMEOUT_MS = 10_000;
}
