import { type Client } from '@temporalio/client';
// @temporalio/proto is CommonJS: under Node's ESM loader only its default export is there.
import proto from '@temporalio/proto';
import { incidentWorkflowId } from '@recovery/incidents';
import { closedLoop } from '../support/closed-loop';

type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;
type Timestamp = proto.google.protobuf.ITimestamp;
type LongLike = number | { toNumber(): number } | null | undefined;

/** A history event's type as the Temporal UI names it: WorkflowTaskScheduled, MarkerRecorded, … */
export function eventTypeName(event: HistoryEvent): string {
  const constant = proto.temporal.api.enums.v1.EventType[event.eventType ?? 0];
  return constant
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** Counts a history's events by type, most frequent first. */
export function countByType(events: readonly HistoryEvent[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const name = eventTypeName(event);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A protobuf int64 (a Long, or a number when small) as a number. */
export function toNumber(value: LongLike): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** When an event happened, in epoch milliseconds. */
export function eventTimeMs(event: HistoryEvent): number {
  const time: Timestamp = event.eventTime ?? {};
  return toNumber(time.seconds) * 1000 + (time.nanos ?? 0) / 1e6;
}

/** An incident's whole Temporal history, once its workflow has ended. */
export async function incidentHistory(client: Client, incidentId: string): Promise<HistoryEvent[]> {
  const handle = client.workflow.getHandle(incidentWorkflowId(incidentId));
  await handle.result();
  return (await handle.fetchHistory()).events ?? [];
}

/** The histories of one incident in every `every`, read 8 at a time. */
export async function sampleHistories(
  client: Client,
  incidentIds: readonly string[],
  every: number,
): Promise<HistoryEvent[][]> {
  const sample = incidentIds.filter((_, i) => i % every === 0);
  const histories: HistoryEvent[][] = [];
  await closedLoop(8, Infinity, async () => {
    const id = sample.pop();
    if (id !== undefined) histories.push(await incidentHistory(client, id));
    return id !== undefined;
  });
  return histories;
}

export type { HistoryEvent };
