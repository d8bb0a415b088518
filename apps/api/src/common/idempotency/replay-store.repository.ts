import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';

/** What a reservation found: a fresh slot, a finished first request, or one still running. */
export type Reservation =
  | { outcome: 'reserved' }
  | { outcome: 'completed'; requestHash: string; status: number; body: unknown }
  | { outcome: 'in_progress'; requestHash: string };

// A request gives up on its command after COMMAND_TIMEOUT_MS; a reservation still
// open a little after that belongs to a request that died (its process was killed,
// or the database was down when it tried to release the key) and is taken over.
const ABANDONED_GRACE_SECONDS = 5;

interface Row {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
}

/**
 * First-response memory on PostgreSQL (table idempotency_keys). reserve() is one
 * INSERT … ON CONFLICT, so of two concurrent first requests exactly one runs.
 */
@Injectable()
export class ReplayStore {
  private readonly abandonedAfterSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.abandonedAfterSeconds =
      Math.ceil(config.temporal.commandTimeoutMs / 1000) + ABANDONED_GRACE_SECONDS;
  }

  /** Claims (scope, key) for a request with this body hash, or reports who already has it. */
  async reserve(scope: string, key: string, requestHash: string): Promise<Reservation> {
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.status_code IS NULL
           AND idempotency_keys.created_at < now() - make_interval(secs => $4)
       RETURNING key`,
      [scope, key, requestHash, this.abandonedAfterSeconds],
    );
    if (inserted.length > 0) return { outcome: 'reserved' };
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT request_hash, status_code, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    if (!row) return this.reserve(scope, key, requestHash); // released between our two statements
    return row.status_code === null
      ? { outcome: 'in_progress', requestHash: row.request_hash }
      : {
          outcome: 'completed',
          requestHash: row.request_hash,
          status: row.status_code,
          body: row.response_body,
        };
  }

  /** Records the first response so retries can replay it. */
  async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET status_code = $3, response_body = $4::jsonb, completed_at = now()
        WHERE scope = $1 AND key = $2`,
      [scope, key, status, JSON.stringify(body ?? null)],
    );
  }

  /** Forgets a reservation whose request failed, so a retry runs it again. */
  async release(scope: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND status_code IS NULL`,
      [scope, key],
    );
  }
}
