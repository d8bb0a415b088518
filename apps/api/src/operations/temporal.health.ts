import { Injectable } from '@nestjs/common';
import { type HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
// A CommonJS package: Node's ESM loader does not see its named exports.
import proto, { type temporal } from '@temporalio/proto';
import { AppConfig } from '@recovery/config';

/** Whether any worker takes the recovery workflows' tasks. */
export interface WorkerPolling {
  polling: boolean;
  /** Workers that polled the workflow task queue recently. */
  pollers: number;
}

const { TaskQueueKind, TaskQueueType } = proto.temporal.api.enums.v1;
const TIMEOUT_MS = 2000;
// The server lists a worker for five minutes after its last poll, also one that has
// stopped; a live idle worker starts a new long poll about every minute (seen 55-60 s
// apart on the dev server). So only a poll this recent counts, and a stopped worker
// still counts for up to this long.
const POLLED_WITHIN_MS = 70_000;

/**
 * Temporal readiness: the frontend answers for the configured namespace, and whether
 * any worker polls the task queue. No worker is `degraded`, not `down`: readiness
 * routes traffic to this API instance, and a missing worker is no fault of the
 * instance; failing every instance at once would take reads down too, while commands
 * already answer 503 `command_not_taken` with Retry-After until a worker is back.
 */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /** The health of Temporal keyed `key`, with `workers` when it answers. */
  async check<const Key extends string>(key: Key): Promise<HealthIndicatorResult<Key>> {
    const result = await this.health
      .check(key)
      .attempt(async ({ signal }) => ({ workers: await this.workers(signal) }))
      .withTimeout(TIMEOUT_MS);
    const { status, ...data } = result[key];
    const { workers } = data as { workers?: WorkerPolling };
    if (status !== 'up' || workers?.polling !== false) return result;
    return this.health.check(key).degraded({
      ...data,
      message: `no worker polls task queue ${this.config.temporal.taskQueue}`,
    });
  }

  private async workers(signal: AbortSignal): Promise<WorkerPolling> {
    const { namespace, taskQueue } = this.config.temporal;
    const described = await this.client.withAbortSignal(signal, () =>
      this.client.workflowService.describeTaskQueue({
        namespace,
        taskQueue: {
          name: taskQueue,
          kind: TaskQueueKind.TASK_QUEUE_KIND_NORMAL,
        },
        taskQueueType: TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      }),
    );
    const recent = Date.now() - POLLED_WITHIN_MS;
    const pollers = (described.pollers ?? []).filter(
      (poller) => millisOf(poller.lastAccessTime) >= recent,
    ).length;
    return { polling: pollers > 0, pollers };
  }
}

// A protobuf Timestamp; its `seconds` is a Long, which Number() reads through its string.
function millisOf(timestamp: temporal.api.taskqueue.v1.IPollerInfo['lastAccessTime']): number {
  if (!timestamp) return 0;
  return Number(timestamp.seconds ?? 0) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6);
}
