import { generateKeyPairSync } from 'node:crypto';

export const INTAKE_SYSTEM = 'telematics';
export const INTAKE_KEY = 'e2e-telematics-key-0123456789abcdef';

// Imported first by the harness: the apps read process.env when they boot, so
// these must be set before the harness boots them.
// One task queue for every e2e file, as in production: incidents opened by an
// earlier file (still in the shared inbox and lists) keep being worked by the
// current file's worker, so a command to one of them is answered, never left
// waiting for a worker that has already stopped.
Object.assign(process.env, {
  TEMPORAL_TASK_QUEUE: 'e2e-api',
  INTAKE_API_KEYS: `${INTAKE_SYSTEM}=${INTAKE_KEY}`,
  RATE_LIMIT_PER_MINUTE: '100000',
  HTTP_BODY_LIMIT: '64kb',
  LOG_LEVEL: 'warn',
  // Site time in the console: AMS in Amsterdam, every other site on UTC.
  SITE_TIME_ZONES: 'AMS=Europe/Amsterdam,*=UTC',
  // Webhook receivers in the tests listen on 127.0.0.1.
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  // Checkpoints are signed with a key of the run's own, as production requires one.
  AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString(),
  // Production-mode files need the keys set; every app of the run, spawned ones too
  // (appKeyEnvironment), seals under these same fixed keys.
  PERSONAL_DATA_KEY: Buffer.alloc(32, 'e2e-personal-data').toString('base64'),
  PAYLOAD_ENCRYPTION_KEYS: `e2e:${Buffer.alloc(32, 'e2e-payloads').toString('base64')}`,
  // Each in-process worker's /metrics on a port of its own (files run in parallel).
  WORKER_METRICS_PORT: '0',
});

/**
 * Sets variables for one e2e file (call it before the harness starts: the apps read
 * them at boot) and puts the previous values back after it, since files share the process.
 */
export function useEnvironment(variables: Record<string, string>): void {
  const previous = Object.keys(variables).map((name) => [name, process.env[name]] as const);
  beforeAll(() => Object.assign(process.env, variables));
  afterAll(() => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
