import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '@recovery/config';
import { type IsoTimestamp, toIsoTimestamp } from '@recovery/domain';
import {
  type CreateDelegationCommand,
  createDelegation,
  revokeDelegation,
} from '@recovery/domain/delegation/decide-delegation';
import { type DelegationId } from '@recovery/domain/delegation/delegation-events';
import { type Delegation, evolveDelegation } from '@recovery/domain/delegation/delegation-state';
import { type Caller } from '@recovery/incidents';
import { DelegationQueriesService } from './delegation-queries.service';
import { DelegationStreams } from './delegation-streams';
import { startExpiryTimer } from './expiry-timer.util';

/**
 * Lends and revokes authority (issue 12). The domain decides on this process's
 * clock; each decision is one event on the delegation's own stream, projected
 * inline, so the next approval decision already sees it.
 */
@Injectable()
export class DelegationCommandsService {
  constructor(
    private readonly streams: DelegationStreams,
    private readonly queries: DelegationQueriesService,
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /**
   * Stores DelegationCreated and starts its expiry timer. The timer starts first: a
   * timer whose delegation was never stored finds nothing to expire, while a stored
   * delegation without a timer would never record DelegationExpired.
   */
  async create(
    command: CreateDelegationCommand,
    caller: Caller,
  ): Promise<{ delegationId: DelegationId }> {
    const now = this.now();
    const held = await this.queries.inEffectFor(caller.actor.id, now);
    const created = createDelegation(command, {
      actor: caller.actor,
      sites: caller.sites,
      now,
      held,
      newId: randomUUID,
    });
    const { delegationId, until } = created.data;
    await this.client.withDeadline(Date.now() + this.config.temporal.commandTimeoutMs, () =>
      startExpiryTimer(this.client, this.config.temporal.taskQueue, { delegationId, until }),
    );
    await this.streams.append(created, 0, caller);
    return { delegationId };
  }

  /** Revokes at once: stored (and projected) before this answers. */
  async revoke(delegationId: string, caller: Caller): Promise<Delegation> {
    const delegation = await this.streams.load(delegationId);
    const revoked = revokeDelegation(delegation, delegationId, caller.actor, this.now());
    // Defined: revokeDelegation refuses an unknown delegation.
    const current = delegation as Delegation;
    await this.streams.append(revoked, current.version, caller);
    return evolveDelegation(current, revoked);
  }

  private now(): IsoTimestamp {
    return toIsoTimestamp(Date.now());
  }
}
