import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@recovery/local-infra';
import { developmentToken, launchSystem } from './launched-system';

const OPEN_BODY = {
  kind: 'incident',
  channel: 'phone',
  category: 'vehicle_breakdown',
  severity: 'high',
  customerRef: 'C-1001',
  site: 'AMS',
  summary: 'Rental car does not start',
};

async function eventTypes(api: string, id: string, token: string): Promise<string[]> {
  const response = await fetch(`${api}/v1/incidents/${id}/events`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { items: { type: string }[] };
  return body.items.map((event) => event.type);
}

// The "done when": from nothing, `npm start` brings up embedded
// PostgreSQL, the Temporal dev server, the worker and the API; an incident
// opened over HTTP shows its IncidentOpened event read back from PostgreSQL
// and its workflow in the Temporal UI; Ctrl-C stops everything; a second
// start reuses the data.
describe('npm start (embedded PostgreSQL and Temporal)', () => {
  it('runs the whole system, survives a restart and keeps the data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'recovery-start-'));
    chmodSync(dataDir, 0o755); // the embedded PostgreSQL's unprivileged user must enter it
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      TEMPORAL_DEV_SERVER_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
      WORKER_METRICS_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
    const api = `http://127.0.0.1:${env.PORT}`;
    const token = developmentToken(
      ['--role', 'frontline', '--sub', 'alice', '--sites', 'AMS'],
      env,
    );

    const first = await launchSystem(env);
    const opened = await fetch(`${api}/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(OPEN_BODY),
    });
    expect(opened.status).toBe(201);
    const { id } = (await opened.json()) as { id: string };
    expect(await eventTypes(api, id, token)).toContain('IncidentOpened');

    const ui = `http://127.0.0.1:${env.TEMPORAL_UI_PORT}`;
    const workflows = await fetch(`${ui}/api/v1/namespaces/default/workflows`);
    expect(workflows.status).toBe(200);
    expect(JSON.stringify(await workflows.json())).toContain(id);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    await expect(fetch(`${api}/health`)).rejects.toThrow();

    const second = await launchSystem(env);
    try {
      expect(await eventTypes(api, id, token)).toContain('IncidentOpened');
    } finally {
      second.child.kill('SIGINT');
      await second.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
