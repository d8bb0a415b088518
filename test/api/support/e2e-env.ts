import { randomUUID } from 'node:crypto';

export const INTAKE_SYSTEM = 'telematics';
export const INTAKE_KEY = 'e2e-telematics-key-0123456789abcdef';

// Imported first by the harness: the apps read process.env when they boot, so
// these must be set before the harness boots them.
// A task queue per test file keeps this file's worker to this file's workflows.
Object.assign(process.env, {
  TEMPORAL_TASK_QUEUE: `e2e-api-${randomUUID()}`,
  INTAKE_API_KEYS: `${INTAKE_SYSTEM}=${INTAKE_KEY}`,
  RATE_LIMIT_PER_MINUTE: '100000',
  HTTP_BODY_LIMIT: '64kb',
  LOG_LEVEL: 'warn',
});
