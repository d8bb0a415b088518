import { randomUUID } from 'node:crypto';
import { toIsoTimestamp } from '@recovery/domain';
import { addNoteUpdate, incidentStateQuery } from '@recovery/workflows';
import { by, frontline, shortPolicy, startIncident } from './support/recovery-fixtures';
import { type RecoveryTestEnv, startRecoveryTestEnv } from './support/recovery-test-env';
import { typesOf } from './support/stream-assertions';

let env: RecoveryTestEnv;

beforeAll(async () => {
  env = await startRecoveryTestEnv();
});
afterAll(() => env?.close());

/**
 * What a workflow task lost after its local append committed leaves behind: events
 * in the stream that the workflow's state does not have. Written here straight
 * through the append activity, as the lost task did.
 */
async function storeBehindTheWorkflowsBack(
  incidentId: string,
  version: number,
  commandId: string,
  text: string,
): Promise<void> {
  await env.activities.appendEvents({
    incidentId,
    expectedVersion: version,
    events: [
      {
        type: 'NoteAdded',
        data: {
          incidentId,
          noteId: randomUUID(),
          text,
          author: frontline,
          addedAt: toIsoTimestamp(Date.now()),
        } as never,
        eventId: randomUUID(),
        occurredAt: toIsoTimestamp(Date.now()),
        metadata: { actor: frontline, correlationId: randomUUID(), commandId },
      },
    ],
  });
}

const notesOf = async (streamId: string): Promise<unknown[]> =>
  (await env.eventStore.readStream(streamId))
    .filter((e) => e.type === 'NoteAdded')
    .map((e) => e.data.text);

describe('a workflow whose stream is ahead of it (a lost workflow task)', () => {
  it('answers a command the stream already holds with its stored events, applying it once', async () => {
    const incident = await startIncident(env, shortPolicy());
    await storeBehindTheWorkflowsBack(incident.incidentId, 1, 'note-update-1', 'first try');

    const answer = await incident.handle.executeUpdate(addNoteUpdate, {
      args: [{ text: 'first try', ...by(frontline) }],
      updateId: 'note-update-1',
    });
    expect(answer).toMatchObject({ version: 2, eventTypes: ['NoteAdded'] });
    expect(await notesOf(incident.streamId)).toEqual(['first try']);
    expect((await incident.handle.query(incidentStateQuery)).noteCount).toBe(1);
    await incident.handle.terminate('test done');
  });

  it('catches up with another command’s events, then decides and stores its own after them', async () => {
    const incident = await startIncident(env, shortPolicy());
    await storeBehindTheWorkflowsBack(incident.incidentId, 1, 'someone-else', 'stored earlier');

    const answer = await incident.handle.executeUpdate(addNoteUpdate, {
      args: [{ text: 'mine', ...by(frontline) }],
    });
    expect(answer).toMatchObject({ version: 3, eventTypes: ['NoteAdded'] });
    expect(await notesOf(incident.streamId)).toEqual(['stored earlier', 'mine']);
    expect(typesOf(await env.eventStore.readStream(incident.streamId))).toEqual([
      'IncidentOpened',
      'NoteAdded',
      'NoteAdded',
    ]);
    expect((await incident.handle.query(incidentStateQuery)).noteCount).toBe(2);
    expect((await env.eventStore.verify(incident.streamId)).ok).toBe(true);
    await incident.handle.terminate('test done');
  });
});
