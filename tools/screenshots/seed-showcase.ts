import { randomUUID } from 'node:crypto';
import { type ConsoleApi, eventually } from './console-api';
import { PEOPLE, SHOWCASE_SITE } from './showcase-people';
import {
  SETTLED_INCIDENTS,
  type ShowcaseIncident,
  STRANDED_CUSTOMER,
  type Step,
  WORKING_INCIDENTS,
} from './showcase-incidents';
import { SHOWCASE_POLICY_KEY, SHOWCASE_POLICY_VERSIONS } from './showcase-policy';

/** What the screenshots link to: the incident the incident page shows. */
export interface Showcase {
  strandedIncidentId: string;
}

/**
 * Fills a fresh system through the public API, as its people would: the admin
 * stores policy version 1, the desk settles a few incidents under it, the admin
 * stores version 2, and the desk works the day's queue under that one. Waits
 * until the read models (queue, inbox, audit) show all of it.
 */
export async function seedShowcase(api: ConsoleApi): Promise<Showcase> {
  const admin = await api.tokenFor(PEOPLE.ada);
  const [v1, v2] = SHOWCASE_POLICY_VERSIONS;
  await api.post('/v1/policies', admin, v1);
  for (const incident of SETTLED_INCIDENTS) await play(api, incident);
  await api.post('/v1/policies', admin, v2);
  const ids = new Map<ShowcaseIncident, string>();
  for (const incident of WORKING_INCIDENTS) ids.set(incident, await play(api, incident));
  await untilTheReadModelsHaveCaughtUp(api);
  return { strandedIncidentId: ids.get(STRANDED_CUSTOMER)! };
}

async function play(api: ConsoleApi, incident: ShowcaseIncident): Promise<string> {
  const token = await api.tokenFor(PEOPLE[incident.by]);
  const { by: _by, steps, ...opening } = incident;
  const { id } = await api.post<{ id: string }>(
    '/v1/incidents',
    token,
    {
      ...opening,
      site: SHOWCASE_SITE,
      // Named, not matched: the seeded policies of a fresh system are more specific for some categories.
      policyKey: SHOWCASE_POLICY_KEY,
    },
    randomUUID(),
  );
  for (const step of steps) await perform(api, token, id, step);
  return id;
}

async function perform(api: ConsoleApi, token: string, id: string, step: Step): Promise<void> {
  const incident = `/v1/incidents/${id}`;
  if (step.do === 'feedback') await untilFollowUpSent(api, token, incident);
  const [route, body] = commandOf(step);
  await api.post(`${incident}/${route}`, token, body, randomUUID());
}

/** The command route under the incident, and its body, that carries out `step`. */
function commandOf(step: Step): [string, unknown] {
  switch (step.do) {
    case 'acknowledge':
      return ['acknowledge', {}];
    case 'note':
      return ['notes', { text: step.text }];
    case 'remedy':
      return [
        'remedies',
        { type: 'taxi', amount: step.amount, currency: 'EUR', description: step.description },
      ];
    case 'promise': {
      const dueAt = new Date(Date.now() + step.dueInMinutes * 60_000).toISOString();
      return ['promises', { description: step.description, dueAt }];
    }
    case 'resolve':
      return ['resolve', { outcome: step.outcome, summary: step.summary }];
    case 'feedback':
      return ['feedback', { score: step.score, level: step.level, comment: step.comment }];
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}

// The workflow sends the follow-up a few seconds after resolving (policy v1); feedback answers it.
async function untilFollowUpSent(api: ConsoleApi, token: string, incident: string): Promise<void> {
  await eventually(`the follow-up of ${incident} is sent`, async () => {
    const detail = await api.get<{ followUp?: { status: string } }>(incident, token);
    return detail.followUp?.status === 'awaiting';
  });
}

/** The part of GET /v1/audit/conformance the seed waits on. */
interface ConformanceComparison {
  comparison: { versions: { policyVersion: number; figures: { incidents: number } }[] };
}

async function untilTheReadModelsHaveCaughtUp(api: ConsoleApi): Promise<void> {
  const [sam, eve] = [await api.tokenFor(PEOPLE.sam), await api.tokenFor(PEOPLE.eve)];
  await eventually('the supervisor’s inbox shows the taxi request', async () => {
    const inbox = await api.get<{ items: unknown[] }>('/v1/approvals', sam);
    return inbox.items.length > 0;
  });
  await eventually('the audit counts every incident under its policy version', async () => {
    const report = await api.get<ConformanceComparison>(
      `/v1/audit/conformance?policyKey=${SHOWCASE_POLICY_KEY}&policyVersion=2&compareVersion=1`,
      eve,
    );
    const counted = (policyVersion: number) =>
      report.comparison.versions.find((each) => each.policyVersion === policyVersion)?.figures
        .incidents;
    return counted(1) === SETTLED_INCIDENTS.length && counted(2) === WORKING_INCIDENTS.length;
  });
}
