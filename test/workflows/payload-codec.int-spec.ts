import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { METADATA_ENCODING_KEY, type Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { incidentWorkflowId } from '@recovery/incidents';
import {
  ENCRYPTED_ENCODING,
  workflowBundlerOptions,
  workflowsSourcePath,
} from '@recovery/temporal';
import {
  addNoteUpdate,
  incidentRecovery,
  incidentStateQuery,
  openUpdate,
} from '@recovery/workflows';
import { CAR_BREAKDOWN } from '../support/incident-opening';
import { appsDataConverter } from '../support/payload-data-converter';
import { by, frontline, shortPolicy } from './support/recovery-fixtures';
import { type RecoveryTestEnv, startRecoveryTestEnv } from './support/recovery-test-env';

type History = temporal.api.history.v1.IHistory;

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** Personal-looking text, unique to the run, so finding it anywhere is the codec's failure. */
const personal = () => {
  const run = randomUUID().slice(0, 8);
  return {
    customerRef: `CUST-${run}`,
    summary: `Jane Roe-${run} stranded at 12 Elm Street, call +31 6 ${run}`,
    note: `Spoke to Jane Roe-${run} about her refund`,
  };
};

/** Update-with-start of `open` with `fields`, as the API sends it; resolves once answered. */
async function openIncident(
  env: RecoveryTestEnv,
  fields: { customerRef: string; summary: string },
): Promise<string> {
  const incidentId = randomUUID();
  await env.client.workflow.executeUpdateWithStart(openUpdate, {
    args: [{ ...CAR_BREAKDOWN, ...fields, policy: shortPolicy(), ...by(frontline) }],
    startWorkflowOperation: new WithStartWorkflowOperation(incidentRecovery, {
      workflowId: incidentWorkflowId(incidentId),
      taskQueue: env.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ incidentId, correlationId: randomUUID(), start: { kind: 'open' } }],
    }),
  });
  return incidentId;
}

const addNote = (env: RecoveryTestEnv, incidentId: string, text: string) =>
  env.client.workflow
    .getHandle(incidentWorkflowId(incidentId))
    .executeUpdate(addNoteUpdate, { args: [{ text, ...by(frontline) }] });

/** Every Payload message inside `message` (a history event, a query answer…), found by shape. */
function payloadsIn(message: unknown): Payload[] {
  if (!message || typeof message !== 'object' || message instanceof Uint8Array) return [];
  const { metadata, data } = message as Payload;
  if (metadata && data instanceof Uint8Array) return [message];
  return Object.values(message).flatMap(payloadsIn);
}

/**
 * The payloads of `history` that carry workflow data: not the search attributes (the
 * server indexes them in clear; they name site, status, category, severity, policy) nor
 * a local activity marker's bookkeeping (sequence, type, times), both written uncoded by design.
 */
function dataPayloadsOf(history: History): Payload[] {
  return (history.events ?? []).flatMap((event) => {
    if (event.upsertWorkflowSearchAttributesEventAttributes) return [];
    const marker = event.markerRecordedEventAttributes;
    if (marker) return payloadsIn({ ...marker, details: { ...marker.details, data: undefined } });
    return payloadsIn(event);
  });
}

const encodingOf = (payload: Payload): string =>
  Buffer.from(payload.metadata?.[METADATA_ENCODING_KEY] ?? []).toString();

describe('the Temporal payload codec', () => {
  let env: RecoveryTestEnv;
  let plainConnection: Connection;
  let plainClient: Client;

  beforeAll(async () => {
    env = await startRecoveryTestEnv();
    plainConnection = await Connection.connect({ address: env.address });
    plainClient = new Client({ connection: plainConnection, namespace: 'default' });
  });
  afterAll(async () => {
    await plainConnection?.close();
    await env?.close();
  });

  /** The workflow's history as Temporal stores it, read by a client without the codec. */
  const storedHistory = (incidentId: string): Promise<History> =>
    plainClient.workflow.getHandle(incidentWorkflowId(incidentId)).fetchHistory();

  it('leaves no personal text of the opening or of an update readable in the history', async () => {
    const text = personal();
    const incidentId = await openIncident(env, text);
    await addNote(env, incidentId, text.note);

    const history = await storedHistory(incidentId);
    const bytes = Buffer.from(temporal.api.history.v1.History.encode(history).finish());
    for (const secret of [text.customerRef, text.summary, text.note, 'Jane Roe'])
      expect(bytes.includes(secret)).toBe(false);
    const payloads = dataPayloadsOf(history);
    // The start input, the update arguments and answers, the activities' inputs and results.
    expect(payloads.length).toBeGreaterThan(5);
    expect(new Set(payloads.map(encodingOf))).toEqual(new Set([ENCRYPTED_ENCODING]));
    await env.client.workflow.getHandle(incidentWorkflowId(incidentId)).terminate('test done');
  });

  it('answers the state query encrypted on the wire, and in clear to the client with the codec', async () => {
    const text = personal();
    const incidentId = await openIncident(env, text);
    const handle = env.client.workflow.getHandle(incidentWorkflowId(incidentId));
    await expect(handle.query(incidentStateQuery)).resolves.toMatchObject({
      customerRef: text.customerRef,
    });

    const { queryResult } = await plainClient.workflowService.queryWorkflow({
      namespace: 'default',
      execution: { workflowId: incidentWorkflowId(incidentId) },
      query: { queryType: incidentStateQuery.name },
    });
    const answer = queryResult?.payloads ?? [];
    expect(answer.map(encodingOf)).toEqual([ENCRYPTED_ENCODING]);
    expect(Buffer.from(answer[0].data!).includes(text.customerRef)).toBe(false);
    await handle.terminate('test done');
  });

  it('continues a workflow started before the codec, and its mixed history replays', async () => {
    const text = personal();
    const before = await startRecoveryTestEnv({ encrypted: false });
    let incidentId: string;
    try {
      incidentId = await openIncident(before, text);
    } finally {
      await before.close();
    }
    const after = await startRecoveryTestEnv({ taskQueue: before.taskQueue });
    try {
      await expect(addNote(after, incidentId, text.note)).resolves.toMatchObject({ version: 2 });
      const history = await storedHistory(incidentId);
      const encodings = new Set(dataPayloadsOf(history).map(encodingOf));
      expect(encodings).toEqual(new Set(['json/plain', ENCRYPTED_ENCODING]));

      const recorded = readdirSync(FIXTURES)
        .filter((file) => file.endsWith('.binpb'))
        .map((file) => ({
          workflowId: file,
          history: temporal.api.history.v1.History.decode(readFileSync(resolve(FIXTURES, file))),
        }));
      const failures: string[] = [];
      let replayed = 0;
      for await (const result of Worker.runReplayHistories(
        {
          workflowsPath: workflowsSourcePath(),
          bundlerOptions: workflowBundlerOptions(),
          dataConverter: appsDataConverter(),
        },
        [{ workflowId: incidentWorkflowId(incidentId), history }, ...recorded],
      )) {
        replayed += 1;
        if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
      }
      expect(failures).toEqual([]);
      expect(replayed).toBe(recorded.length + 1);
      await after.client.workflow.getHandle(incidentWorkflowId(incidentId)).terminate('test done');
    } finally {
      await after.close();
    }
  });
});
