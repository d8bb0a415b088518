import { type QueryRunner } from 'typeorm';
import {
  delegationIdFromStreamId,
  isDelegationEventType,
} from '@recovery/domain/delegation/delegation-events';
import { type Delegation, evolveDelegation } from '@recovery/domain/delegation/delegation-state';
import { groupByStream, type Projection, type StoredEvent } from '@recovery/event-store';
import { asDelegationEvent } from '../delegation-streams';

const UPSERT_DELEGATION_SQL = `
  INSERT INTO delegations (delegation_id, delegator_id, delegate_id, sites, status, valid_from,
                           valid_until, created_at, version, delegation)
  VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10::jsonb)
  ON CONFLICT (delegation_id) DO UPDATE
    SET status = EXCLUDED.status, version = EXCLUDED.version, delegation = EXCLUDED.delegation`;

/**
 * Who holds which delegation, and how it stands (the `delegations` table), folded
 * with the domain's `evolveDelegation`. INLINE (issue 3): it runs in the append's
 * transaction, so a revocation stops counting the moment it is stored. Events at or
 * below the stored version are skipped, so a repeated batch changes nothing.
 */
export const delegationReadModelProjection: Projection = {
  name: 'delegation-read-model',
  handles: (type) => isDelegationEventType(type),
  async apply(queryRunner, events) {
    for (const [delegationId, stream] of groupByStream(
      events,
      delegationIdFromStreamId,
      isDelegationEventType,
    ))
      await applyToDelegation(queryRunner, delegationId, stream);
  },
  async reset(queryRunner) {
    await queryRunner.query('DELETE FROM delegations');
  },
};

/** The projections an event store that appends delegation events must run inline. */
export const delegationInlineProjections: readonly Projection[] = [delegationReadModelProjection];

async function applyToDelegation(
  queryRunner: QueryRunner,
  delegationId: string,
  events: StoredEvent[],
): Promise<void> {
  const rows = (await queryRunner.query(
    'SELECT delegation FROM delegations WHERE delegation_id = $1 FOR UPDATE',
    [delegationId],
  )) as { delegation: Delegation }[];
  const current = rows[0]?.delegation;
  const fresh = events.filter((event) => event.streamVersion > (current?.version ?? 0));
  const next = fresh
    .map(asDelegationEvent)
    .reduce<Delegation | undefined>(evolveDelegation, current);
  if (fresh.length === 0 || next === undefined) return; // nothing new
  await queryRunner.query(UPSERT_DELEGATION_SQL, [
    next.delegationId,
    next.delegator.id,
    next.delegateId,
    next.sites,
    next.status,
    next.from,
    next.until,
    next.createdAt,
    next.version,
    JSON.stringify(next),
  ]);
}
