import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALL_SITES, type IsoTimestamp, toIsoTimestamp } from '@recovery/domain';
import { type Delegation, inEffect } from '@recovery/domain/delegation/delegation-state';
import { type Caller } from '@recovery/incidents';

const MAX_LIST = 200;

/** Reads of the `delegations` read model (written inline with every delegation event). */
@Injectable()
export class DelegationQueriesService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Delegations lent to `delegateId` that have not ended (revoked, expired or past
   * `until`), including ones whose window has not begun: a decision under one of
   * those is refused by name (delegation_not_in_effect) rather than as unknown.
   */
  async heldBy(
    delegateId: string,
    now: IsoTimestamp = toIsoTimestamp(Date.now()),
  ): Promise<Delegation[]> {
    const rows = await this.dataSource.query<{ delegation: Delegation }[]>(
      `SELECT delegation FROM delegations
        WHERE delegate_id = $1 AND status = 'active' AND valid_until > $2
        ORDER BY valid_from, delegation_id`,
      [delegateId, now],
    );
    return rows.map((row) => row.delegation);
  }

  /** Delegations lent to `delegateId` that are in effect at `now` (active, within [from, until)). */
  async inEffectFor(
    delegateId: string,
    now: IsoTimestamp = toIsoTimestamp(Date.now()),
  ): Promise<Delegation[]> {
    return (await this.heldBy(delegateId, now)).filter((delegation) => inEffect(delegation, now));
  }

  /**
   * True when `delegateId` holds a delegation in effect at `now`. Asked by the access
   * guard before lending approval permissions, so it is one probe of delegations_held_idx.
   */
  async holdsOneInEffect(
    delegateId: string,
    now: IsoTimestamp = toIsoTimestamp(Date.now()),
  ): Promise<boolean> {
    const [row] = await this.dataSource.query<{ holds: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM delegations
                       WHERE delegate_id = $1 AND status = 'active'
                         AND valid_until > $2 AND valid_from <= $2) AS holds`,
      [delegateId, now],
    );
    return row?.holds === true;
  }

  /**
   * Delegations the reader may see, newest first: those they lent or hold, and those
   * at any of their sites. `active`: only those in effect now (active, within [from, until)).
   */
  async visibleTo(
    reader: Pick<Caller, 'actor' | 'sites'>,
    options: { active?: boolean; now?: IsoTimestamp } = {},
  ): Promise<Delegation[]> {
    const now = options.now ?? toIsoTimestamp(Date.now());
    const rows = await this.dataSource.query<{ delegation: Delegation }[]>(
      `SELECT delegation FROM delegations
        WHERE ($1::boolean OR delegator_id = $2 OR delegate_id = $2
               OR sites && $3::text[] OR $4 = ANY (sites))
          AND (NOT $5::boolean OR (status = 'active' AND valid_from <= $6 AND valid_until > $6))
        ORDER BY created_at DESC, delegation_id LIMIT ${MAX_LIST}`,
      [
        reader.sites.includes(ALL_SITES),
        reader.actor.id,
        reader.sites,
        ALL_SITES,
        options.active ?? false,
        now,
      ],
    );
    return rows.map((row) => row.delegation);
  }
}
