import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { type PinnedPolicy } from '@recovery/domain';
import { signDevelopmentToken } from '../../apps/api/src/auth/sign-development-token.util';
import { startBenchSystem } from './bench-system';
import { type LoopResult, OPEN_BODY, startLoop } from './start-loop';

/**
 * Boots the worker and the API on the environment already set and compares
 * POST /v1/incidents with bare workflow.start loops, `seconds` each.
 */
export async function measureIntake(seconds: number, connections: number): Promise<void> {
  const system = await startBenchSystem();
  try {
    const token = await signDevelopmentToken(
      { sub: 'bench', role: 'frontline', sites: ['AMS'] },
      system.jwtSecret,
    );
    const policy = await pinnedPolicy(system.baseUrl, token);
    await runAutocannon(system.baseUrl, token, connections, 3); // warm-up
    const api = await runAutocannon(system.baseUrl, token, connections, seconds);
    const bare = await startLoop(system, policy, connections, seconds, false);
    const bareAwaiting = await startLoop(system, policy, connections, seconds, true);
    console.log(
      `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; ${connections} connections, ${seconds} s each`,
    );
    console.table({
      'POST /v1/incidents (HTTP; answers once IncidentOpened is readable)': row(api),
      'workflow.start loop (bare client)': row(bare),
      'workflow.start + wait for IncidentOpened (no HTTP)': row(bareAwaiting),
    });
    console.log(`API / bare start: ${ratio(api, bare)}`);
    console.log(`API / start + wait (the HTTP layer's own cost): ${ratio(api, bareAwaiting)}`);
  } finally {
    await system.close();
  }
}

function ratio(a: LoopResult, b: LoopResult): string {
  return `${(a.perSecond / b.perSecond).toFixed(2)} of the throughput, p50 ${(a.p50Ms / b.p50Ms).toFixed(2)}×`;
}

function row(result: LoopResult) {
  return {
    'req/s': Math.round(result.perSecond),
    'p50 ms': result.p50Ms.toFixed(1),
    'p99 ms': result.p99Ms.toFixed(1),
    requests: result.requests,
  };
}

async function runAutocannon(
  baseUrl: string,
  token: string,
  connections: number,
  seconds: number,
): Promise<LoopResult> {
  const result = await autocannon({
    url: `${baseUrl}/v1/incidents`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(OPEN_BODY),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx + result.errors} POSTs failed`);
  const perSecond = result.requests.total / result.duration;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    perSecond,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

// The policy the API pins for OPEN_BODY: the baselines start the workflow with the very same input.
async function pinnedPolicy(baseUrl: string, token: string): Promise<PinnedPolicy> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const opened = await fetch(`${baseUrl}/v1/incidents`, {
    method: 'POST',
    headers,
    body: JSON.stringify(OPEN_BODY),
  });
  const { policy } = (await opened.json()) as { policy: { key: string; version: number } };
  const versions = await fetch(`${baseUrl}/v1/policies/${policy.key}/versions`, { headers });
  const { items } = (await versions.json()) as { items: PinnedPolicy[] };
  const pinned = items.find((v) => v.version === policy.version)!;
  return { key: pinned.key, version: pinned.version, document: pinned.document };
}
