import { type StoredEvent } from '@recovery/event-store';
import { type RecoveryTestEnv } from './recovery-test-env';
import { type StartedIncident } from './recovery-fixtures';

/**
 * Issue 4: the stream of a finished incident is complete and in order, every event
 * is stored once, carries the pinned policy and the workflow, and `verify` passes.
 */
export async function expectSoundStream(
  env: RecoveryTestEnv,
  incident: StartedIncident,
): Promise<StoredEvent[]> {
  const events = await env.eventStore.readStream(incident.streamId);
  expect(events.map((e) => e.streamVersion)).toEqual(events.map((_e, i) => i + 1));
  expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
  for (const event of events) {
    expect(event.metadata).toMatchObject({
      policyKey: incident.policy.key,
      policyVersion: incident.policy.version,
      workflowId: incident.handle.workflowId,
    });
    expect(typeof event.metadata.correlationId).toBe('string');
    expect(typeof event.metadata.runId).toBe('string');
  }
  const report = await env.eventStore.verify(incident.streamId);
  expect(report).toMatchObject({ ok: true });
  return events;
}

/** The event types of a stream, in order. */
export const typesOf = (events: StoredEvent[]): string[] => events.map((e) => e.type);
