import { type QueryRunner } from 'typeorm';
import { type StoredEvent } from '../event-store.types';

/**
 * A read model fed by events. The same shape serves inline projections (run inside
 * the append's transaction) and asynchronous ones (ProjectionRunner); `apply` gets
 * the transaction's QueryRunner and must do all its writes through it.
 */
export interface Projection {
  /** Stable: it keys the checkpoint row and the advisory lock. */
  name: string;
  handles(type: string): boolean;
  apply(queryRunner: QueryRunner, events: StoredEvent[]): Promise<void>;
  /** Empties the read model before a rebuild (same transaction as the checkpoint reset). */
  reset?(queryRunner: QueryRunner): Promise<void>;
}
