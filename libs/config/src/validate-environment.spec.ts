import { InvalidConfigurationError } from './invalid-configuration.error';
import { NodeEnvironment } from './environment-variables';
import { validateEnvironment } from './validate-environment';
import { toAppConfig, toAuthConfig } from './app-config';

describe('validateEnvironment', () => {
  it('applies defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.NODE_ENV).toBe(NodeEnvironment.Development);
  });

  it('converts numeric variables to numbers', () => {
    expect(validateEnvironment({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TEMPORAL_ADDRESS: 'nope' });
    expect(attempt).toThrow(InvalidConfigurationError);
    try {
      attempt();
    } catch (error) {
      const names = (error as InvalidConfigurationError).problems.map((p) => p.split('=')[0]);
      expect(names).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'TEMPORAL_ADDRESS']));
    }
  });

  it('takes 0 as the worker metrics port (the OS picks one) and refuses one past 65535', () => {
    expect(validateEnvironment({}).WORKER_METRICS_PORT).toBe(9464);
    expect(validateEnvironment({ WORKER_METRICS_PORT: '0' }).WORKER_METRICS_PORT).toBe(0);
    expect(() => validateEnvironment({ WORKER_METRICS_PORT: '65536' })).toThrow(
      /WORKER_METRICS_PORT/,
    );
  });

  it('accepts tokens up to 12 hours old with 60 s of clock skew unless told otherwise, and refuses a bound that is not a positive whole number', () => {
    const auth = toAuthConfig(validateEnvironment({}));
    expect([auth.maxTokenAgeSeconds, auth.clockSkewSeconds]).toEqual([43_200, 60]);
    const told = validateEnvironment({
      AUTH_MAX_TOKEN_AGE_SECONDS: '900',
      AUTH_CLOCK_SKEW_SECONDS: '5',
    });
    expect([told.AUTH_MAX_TOKEN_AGE_SECONDS, told.AUTH_CLOCK_SKEW_SECONDS]).toEqual([900, 5]);
    for (const bad of ['0', '-60', '1.5', '12h']) {
      expect(() => validateEnvironment({ AUTH_MAX_TOKEN_AGE_SECONDS: bad })).toThrow(
        /AUTH_MAX_TOKEN_AGE_SECONDS.*(whole number of seconds|at least 1)/,
      );
      expect(() => validateEnvironment({ AUTH_CLOCK_SKEW_SECONDS: bad })).toThrow(
        /AUTH_CLOCK_SKEW_SECONDS.*(whole number of seconds|at least 1)/,
      );
    }
  });

  it('ignores variables that are not ours', () => {
    expect(() => validateEnvironment({ HOME: 42, PATH: '' })).not.toThrow();
  });

  it('refuses production without a way to verify tokens', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL/);
  });

  it('refuses production without a key to sign audit checkpoints, and a key that is not PEM', () => {
    const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' };
    expect(() => validateEnvironment(production)).toThrow(/AUDIT_SIGNING_KEY .* is required/);
    expect(() => validateEnvironment({ AUDIT_SIGNING_KEY: 'secret' })).toThrow(/PKCS#8 PEM/);
  });

  it('refuses production without a personal-data key, and a key that is not 32 bytes of base64', () => {
    const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' };
    expect(() => validateEnvironment(production)).toThrow(/PERSONAL_DATA_KEY .* is required/);
    const short = Buffer.alloc(16).toString('base64');
    expect(() => validateEnvironment({ PERSONAL_DATA_KEY: short })).toThrow(/32 bytes, base64/);
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(validateEnvironment({ PERSONAL_DATA_KEY: key }).PERSONAL_DATA_KEY).toBe(key);
  });

  it('refuses production without payload encryption keys, and keys that are not keyId:32 bytes of base64', () => {
    const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks' };
    expect(() => validateEnvironment(production)).toThrow(/PAYLOAD_ENCRYPTION_KEYS .* is required/);
    const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
    const short = Buffer.alloc(16).toString('base64');
    for (const bad of [
      `k1:${short}`,
      key(1),
      `k1:${key(1)},k1:${key(2)}`,
      `k1:${key(1)}, k2:${key(2)}`,
    ])
      expect(() => validateEnvironment({ PAYLOAD_ENCRYPTION_KEYS: bad })).toThrow(/keyId:key/);
    const rotated = `2026-07:${key(2)},2026-01:${key(1)}`;
    expect(validateEnvironment({ PAYLOAD_ENCRYPTION_KEYS: rotated }).PAYLOAD_ENCRYPTION_KEYS).toBe(
      rotated,
    );
  });

  it('takes the codec endpoint CORS origins as origins, without paths', () => {
    const origins = 'https://temporal.example,http://localhost:8233';
    expect(validateEnvironment({ CODEC_CORS_ORIGINS: origins }).CODEC_CORS_ORIGINS).toBe(origins);
    expect(() =>
      validateEnvironment({ CODEC_CORS_ORIGINS: 'https://temporal.example/ui' }),
    ).toThrow(/CODEC_CORS_ORIGINS/);
  });

  it('refuses the retired follow-up webhook, naming the subscription that replaces it', () => {
    expect(() =>
      validateEnvironment({ NOTIFICATION_WEBHOOK_URL: 'https://hooks.example.com/follow-ups' }),
    ).toThrow(/POST \/v1\/subscriptions/);
  });
});

describe('toAppConfig', () => {
  const base = { DATABASE_URL: 'postgres://u@h/db', TEMPORAL_ADDRESS: 'localhost:7233' };

  it('lists the payload keys in order, the first to encrypt, and no CORS origin by default', () => {
    const [newKey, oldKey] = [Buffer.alloc(32, 2), Buffer.alloc(32, 1)];
    const config = toAppConfig(
      validateEnvironment({
        ...base,
        PAYLOAD_ENCRYPTION_KEYS: `new:${newKey.toString('base64')},old:${oldKey.toString('base64')}`,
      }),
    );
    expect(config.temporal.payloadEncryptionKeys).toEqual([
      { id: 'new', key: newKey },
      { id: 'old', key: oldKey },
    ]);
    expect(config.temporal.codecCorsOrigins).toEqual([]);
    expect(toAppConfig(validateEnvironment(base)).temporal.payloadEncryptionKeys).toBeUndefined();
  });

  it('uses the development secret only when no auth is configured', () => {
    const config = toAppConfig(validateEnvironment(base));
    expect(config.auth.usingDevelopmentSecret).toBe(true);
    const withSecret = toAppConfig(
      validateEnvironment({ ...base, AUTH_JWT_SECRET: 'x'.repeat(32) }),
    );
    expect(withSecret.auth.usingDevelopmentSecret).toBe(false);
    expect(withSecret.auth.jwtSecret).toBe('x'.repeat(32));
  });

  it('parses intake API keys per source', () => {
    const config = toAppConfig(
      validateEnvironment({ ...base, INTAKE_API_KEYS: 'telematics=abcdefghijklmnop1' }),
    );
    expect(config.intakeApiKeys.get('telematics')).toBe('abcdefghijklmnop1');
  });

  it('requires a database and a Temporal address for the apps', () => {
    expect(() => toAppConfig(validateEnvironment({}))).toThrow(
      /DATABASE_URL[\s\S]*TEMPORAL_ADDRESS/,
    );
  });
});
