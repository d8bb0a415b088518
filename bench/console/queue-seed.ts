import { randomUUID } from 'node:crypto';
import { CHANNELS, SEVERITIES } from '@recovery/domain/incident/incident-vocabulary';
import { ConsoleApi, type Person } from '../../tools/screenshots/console-api';
import { closedLoop } from '../support/closed-loop';

export const CONNECTIONS = 16;

/** A frontline person of a site of the run's own, so its queue holds only what the run opened. */
export function frontlineOfFreshSite(prefix: string): Person {
  return {
    name: 'Bench Frontline',
    role: 'frontline',
    sites: [`${prefix}-${randomUUID().slice(0, 8)}`],
  };
}

/** Opens `count` incidents at the person's site through POST /v1/incidents, CONNECTIONS in flight, retrying
 * an opening the API says its workflow was slow to take. */
export async function openIncidents(
  baseUrl: string,
  token: string,
  site: string,
  count: number,
): Promise<{ seconds: number }> {
  const api = new ConsoleApi(baseUrl);
  let next = 0;
  const loop = await closedLoop(CONNECTIONS, Infinity, async () => {
    const index = next++;
    if (index >= count) return false;
    await api.post(
      '/v1/incidents',
      token,
      {
        kind: 'incident',
        channel: CHANNELS[index % CHANNELS.length],
        category: 'vehicle_breakdown',
        severity: SEVERITIES[index % SEVERITIES.length],
        customerRef: `C-${100000 + index}`,
        site,
        summary: `Queue load incident ${index + 1}`,
      },
      randomUUID(),
    );
    return true;
  });
  return { seconds: loop.seconds };
}
