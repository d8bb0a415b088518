import { randomUUID } from 'node:crypto';
import { incidentWorkflowId } from '@recovery/incidents';
import { acknowledgeUpdate, incidentRecovery } from '@recovery/workflows';
import { closedLoop, type SendOne } from '../support/closed-loop';
import { type IncidentPool } from './incident-pool';
import {
  type IntakeClients,
  newIncidentRun,
  OPEN_BODY,
  openByUpdateWithStart,
} from './intake-client';

/** One way of doing one thing, timed by closedLoop; prepare and finish are not timed. */
export interface Scenario {
  name: string;
  /** Untimed, before a phase that may send up to `requests`: the incidents a command acts on. */
  prepare?(requests: number): Promise<void>;
  send: SendOne;
  /** Untimed, after a phase: so that what it left behind does not load the next one. */
  finish?(): Promise<void>;
}

/** The scenarios, in the order of their table rows; ratios name them by these keys. */
export interface IntakeScenarios {
  postOpen: Scenario;
  postOpenBusinessHours: Scenario;
  bareStart: Scenario;
  bareUpdateWithStart: Scenario;
  postAcknowledge: Scenario;
  bareAcknowledge: Scenario;
}

export function intakeScenarios(clients: IntakeClients, pool: IncidentPool): IntakeScenarios {
  const { http, temporal } = clients;
  const started: string[] = [];
  return {
    postOpen: {
      name: 'POST /v1/incidents',
      send: async () => {
        await http.expectOk('POST', '/v1/incidents', OPEN_BODY);
        return true;
      },
    },
    postOpenBusinessHours: {
      name: 'POST /v1/incidents, business-hours clock',
      send: async () => {
        await http.expectOk('POST', '/v1/incidents', clients.businessHoursBody);
        return true;
      },
    },
    bareStart: {
      name: 'workflow.start (bare client)',
      send: async () => {
        const input = newIncidentRun();
        const handle = await temporal.workflow.start(incidentRecovery, {
          workflowId: incidentWorkflowId(input.incidentId),
          taskQueue: clients.taskQueue,
          workflowIdConflictPolicy: 'USE_EXISTING',
          args: [input],
        });
        started.push(handle.workflowId);
        return true;
      },
      // A bare start's run waits a minute for an opening that never comes, then ends;
      // ended now, its first task and that timer stay out of the phases that follow.
      finish: async () => {
        const ids = started.splice(0);
        await closedLoop(16, Infinity, async () => {
          const id = ids.pop();
          if (id !== undefined) await temporal.workflow.getHandle(id).terminate('bench done');
          return id !== undefined;
        });
      },
    },
    bareUpdateWithStart: {
      name: 'update-with-start open (bare client)',
      send: async () => {
        await openByUpdateWithStart(clients);
        return true;
      },
    },
    postAcknowledge: {
      name: 'POST /v1/incidents/:id/acknowledge',
      prepare: (requests) => pool.fill(requests),
      send: async () => {
        const id = pool.take();
        if (id !== undefined) await http.expectOk('POST', `/v1/incidents/${id}/acknowledge`, {});
        return id !== undefined;
      },
    },
    bareAcknowledge: {
      name: 'executeUpdate acknowledge (bare client)',
      prepare: (requests) => pool.fill(requests),
      send: async () => {
        const id = pool.take();
        if (id !== undefined)
          await temporal.workflow
            .getHandle(incidentWorkflowId(id))
            .executeUpdate(acknowledgeUpdate, {
              args: [{ actor: clients.actor, correlationId: randomUUID() }],
            });
        return id !== undefined;
      },
    },
  };
}
