import { availableParallelism } from 'node:os';
import { type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { buildAppendRequest, type AppendedRow } from './append/append-request.util';
import { toAppendedEvents } from './append/appended-events.util';
import { toAppendError } from './append/append-error.util';
import {
  START_CHECKPOINT,
  type AppendOptions,
  type AppendResult,
  type Checkpoint,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type StoredEvent,
} from './event-store.types';
import { type Projection } from './projections/projection.types';
import {
  EVENT_COLUMNS,
  EVENT_SOURCE,
  toStoredEvent,
  type EventRow,
} from './reading/event-row.mapper';
import { UpcasterRegistry, type Upcaster } from './upcasting/upcaster-registry';
import {
  type HeadsDigest,
  type HeadsSnapshot,
  readHeadsSnapshot,
} from './verification/heads-digest';
import { verifyChains, type VerifyReport } from './verification/chain-verifier';
import { verifyChainsInParallel } from './verification/parallel-chain-verifier';
import { runInlineAppend } from './append/inline-append';
import { queryPool } from './pg-query.util';

export interface EventStoreOptions {
  /** Run in the append's transaction, so the caller reads its own writes. */
  inlineProjections?: readonly Projection[];
  upcasters?: readonly Upcaster[];
  /** Worker threads that verify the whole store (default: one per core; 1 walks it in this thread). */
  verifyThreads?: number;
}

/** Append-only, ordered, idempotent, tamper-evident event streams on PostgreSQL (issue 3). */
export class EventStore {
  readonly upcasters: UpcasterRegistry;
  private readonly inlineProjections: readonly Projection[];
  private readonly pool: Pool;
  private readonly verifyThreads: number;

  constructor(
    private readonly dataSource: DataSource,
    options: EventStoreOptions = {},
  ) {
    this.upcasters = new UpcasterRegistry(options.upcasters);
    this.inlineProjections = options.inlineProjections ?? [];
    this.pool = postgresPool(dataSource);
    this.verifyThreads = options.verifyThreads ?? availableParallelism();
  }

  /** Appends events atomically after checking the expected version; idempotent on event ids. */
  async append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const request = buildAppendRequest(streamId, events, options.expectedVersion, this.upcasters);
    const inline = this.inlineProjections.filter((p) =>
      request.events.some((e) => p.handles(e.type)),
    );
    let row: AppendedRow;
    try {
      row =
        inline.length === 0
          ? (
              await queryPool<AppendedRow>(this.pool, {
                name: request.statement.name,
                text: request.statement.text,
                values: request.params,
              })
            ).rows[0]
          : await runInlineAppend(this.dataSource, request, inline, (appended) =>
              toAppendedEvents(streamId, request.events, appended, this.upcasters),
            );
    } catch (error) {
      throw toAppendError(
        error,
        streamId,
        options.expectedVersion,
        request.events.map((e) => e.eventId),
      );
    }
    const stored = row.replayed
      ? await this.readEventsById(request.events.map((e) => e.eventId))
      : toAppendedEvents(streamId, request.events, row, this.upcasters);
    return {
      streamId,
      replayed: row.replayed,
      nextExpectedVersion: stored[stored.length - 1].streamVersion,
      events: stored,
    };
  }

  /** Reads a stream in version order, from `fromVersion` (default 1). */
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'read_stream',
      text: `SELECT ${EVENT_COLUMNS} FROM ${EVENT_SOURCE}
              WHERE e.stream_id = $1 AND e.stream_version >= $2 ORDER BY e.stream_version LIMIT $3`,
      values: [streamId, options.fromVersion ?? 1, options.limit ?? null],
    });
    return rows.map((row) => toStoredEvent(row, this.upcasters));
  }

  /**
   * Reads the global order after a checkpoint, one page at a time. Only events of
   * transactions older than every running one (xid < snapshot xmin) are returned,
   * so an event can never appear later *behind* a checkpoint a reader has passed.
   */
  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    const after = options.after ?? START_CHECKPOINT;
    const { rows } = await this.pool.query<EventRow>({
      name: 'read_all',
      text: `SELECT ${EVENT_COLUMNS} FROM ${EVENT_SOURCE}
              WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
                AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY e.transaction_id, e.global_position LIMIT $3`,
      values: [String(after.transactionId), after.globalPosition, options.limit],
    });
    const events = rows.map((row) => toStoredEvent(row, this.upcasters));
    const last = events[events.length - 1];
    return {
      events,
      checkpoint: last
        ? { transactionId: last.transactionId, globalPosition: last.globalPosition }
        : after,
    };
  }

  /** Recomputes hash chains (one stream, or all) and reports the first broken link. */
  verify(streamId?: string): Promise<VerifyReport> {
    return streamId === undefined && this.verifyThreads > 1
      ? verifyChainsInParallel(this.pool, this.verifyThreads)
      : verifyChains(this.pool, streamId);
  }

  /** One sha256 over every stream head as of a checkpoint: keep it outside, recompute it later. */
  async headsDigest(at?: Checkpoint): Promise<HeadsDigest> {
    const { checkpoint, digest, streams, events } = await readHeadsSnapshot(this.pool, at);
    return { checkpoint, digest, streams, events };
  }

  /** Every stream's head as of a checkpoint (default: the newest safe one), with their digest. */
  headsSnapshot(at?: Checkpoint): Promise<HeadsSnapshot> {
    return readHeadsSnapshot(this.pool, at);
  }

  /** Erases a customer's personal data from every event; the chains still verify. Returns rows erased. */
  async erasePersonalData(subjectId: string): Promise<number> {
    const result = await this.pool.query('DELETE FROM event_personal_data WHERE subject_id = $1', [
      subjectId,
    ]);
    return result.rowCount ?? 0;
  }

  private async readEventsById(eventIds: string[]): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENT_SOURCE} WHERE e.event_id = ANY ($1::uuid[]) ORDER BY e.stream_version`,
      [eventIds],
    );
    return rows.map((row) => toStoredEvent(row, this.upcasters));
  }
}

// The hot path talks to the pg Pool TypeORM already owns: named prepared statements
// skip a parse per append, and no QueryRunner is built per call (see BENCHMARKS.md).
function postgresPool(dataSource: DataSource): Pool {
  if (dataSource.options.type !== 'postgres')
    throw new Error('EventStore needs a postgres DataSource');
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool) throw new Error('EventStore needs an initialized DataSource');
  return pool;
}
