import proto from '@temporalio/proto';
import { ascending, quantile } from '../support/stats';
import { eventTimeMs, type HistoryEvent, toNumber } from './history-events';

const { EventType } = proto.temporal.api.enums.v1;

/** One workflow task of a history: when it was scheduled, how long it waited for the worker, how long it ran. */
export interface WorkflowTaskTiming {
  scheduledAtMs: number;
  /** WorkflowTaskScheduled → WorkflowTaskStarted: the queue wait the SDK reports as schedule-to-start. */
  scheduleToStartMs: number;
  /** WorkflowTaskStarted → WorkflowTaskCompleted (local activities run inside it); absent if it never completed. */
  startToCompleteMs?: number;
}

/** The workflow tasks of one history, from its Scheduled, Started and Completed events. */
export function workflowTaskTimings(events: readonly HistoryEvent[]): WorkflowTaskTiming[] {
  const scheduledAt = new Map<number, number>();
  const byStartedId = new Map<number, WorkflowTaskTiming & { startedAtMs: number }>();
  for (const event of events) {
    const id = toNumber(event.eventId);
    const at = eventTimeMs(event);
    if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) scheduledAt.set(id, at);
    if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED) {
      const scheduled = scheduledAt.get(
        toNumber(event.workflowTaskStartedEventAttributes?.scheduledEventId),
      );
      if (scheduled !== undefined)
        byStartedId.set(id, {
          scheduledAtMs: scheduled,
          scheduleToStartMs: at - scheduled,
          startedAtMs: at,
        });
    }
    if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED) {
      const task = byStartedId.get(
        toNumber(event.workflowTaskCompletedEventAttributes?.startedEventId),
      );
      if (task !== undefined) task.startToCompleteMs = at - task.startedAtMs;
    }
  }
  return [...byStartedId.values()].map(({ startedAtMs: _, ...timing }) => timing);
}

/**
 * Prints schedule-to-start and run time (p50, p99, max) of the tasks scheduled in
 * each third of [fromMs, toMs]: a worker that keeps up shows the same p99 in all three.
 */
export function printByThirds(tasks: readonly WorkflowTaskTiming[], fromMs: number, toMs: number) {
  const third = (toMs - fromMs) / 3;
  console.log(
    `${'third of the run'.padEnd(18)} ${'tasks'.padStart(6)}   schedule-to-start ms: ${'p50'.padStart(6)} ${'p99'.padStart(7)} ${'max'.padStart(7)}   run ms: ${'p50'.padStart(6)} ${'p99'.padStart(7)}`,
  );
  for (let i = 0; i < 3; i += 1) {
    const from = fromMs + i * third;
    const inWindow = tasks.filter(
      (t) => t.scheduledAtMs >= from && (t.scheduledAtMs < from + third || i === 2),
    );
    const waits = ascending(inWindow.map((t) => t.scheduleToStartMs));
    const runs = ascending(inWindow.flatMap((t) => t.startToCompleteMs ?? []));
    const window = `${((i * third) / 1000).toFixed(0)}–${(((i + 1) * third) / 1000).toFixed(0)} s`;
    console.log(
      [
        `${i + 1} (${window})`.padEnd(18),
        String(inWindow.length).padStart(6),
        '                       ',
        quantile(waits, 0.5).toFixed(1).padStart(6),
        quantile(waits, 0.99).toFixed(1).padStart(7),
        (waits.at(-1) ?? 0).toFixed(1).padStart(7),
        '          ',
        quantile(runs, 0.5).toFixed(1).padStart(6),
        quantile(runs, 0.99).toFixed(1).padStart(7),
      ].join(' '),
    );
  }
}
