import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ApprovalNotFound,
  approvalDecisionRefusal,
  AUTHORITIES,
  type IncidentState,
  incidentStreamId,
  isUuid,
  roleCovers,
  toIsoTimestamp,
  withStateDefaults,
} from '@recovery/domain';
import { delegationFor } from '@recovery/domain/delegation/delegated-authority.util';
import { inWindow } from '@recovery/domain/delegation/delegation-state';
import { EventStore, type StoredEvent } from '@recovery/event-store';
import { PersonalDataVault } from '@recovery/personal-data';
import { type Caller, canAccessSite } from '../caller';
import { IncidentNotFound } from '../incident-not-found.error';
import { toIncidentDetail } from './incident-detail.mapper';
import { type IncidentDetail } from './incident-detail.types';
import {
  ASSIGNEE_ME,
  ASSIGNEE_NONE,
  type IncidentListFilter,
  type IncidentPage,
  type IncidentStatistics,
  type InboxApproval,
  type InboxItem,
  type InboxOptions,
  ROLE_MAY_NOT_DECIDE,
} from './incident-query.types';
import { INCIDENT_LIST_ORDER, incidentListWhere, type OwnerFilter } from './incident-list.sql';
import { encodeCursor, type ListCursor, type ListSort } from './list-cursor.util';
import { type InboxRow, type SummaryRow, toInboxApproval, toSummary } from './incident-row.mapper';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

/** Reads of the incident read models; every read is limited to the caller's sites. */
@Injectable()
export class IncidentQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventStore: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Incidents newest first (or nearest breach first), filtered, one keyset page at a time. */
  async list(
    filter: IncidentListFilter,
    caller: Pick<Caller, 'sites' | 'actor'>,
  ): Promise<IncidentPage> {
    const limit = Math.min(Math.max(filter.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
    const sort = filter.sort ?? 'newest';
    const { assignee, ...rest } = filter;
    const customerKeyId = filter.q === undefined ? undefined : await this.vault.keyIdOf(filter.q);
    const where = incidentListWhere(
      { ...rest, sort, owner: ownerFilter(assignee, caller.actor.id), customerKeyId },
      caller,
    );
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT incident_id, status, kind, channel, site, category, severity, customer_ref, summary,
              policy_key, policy_version, acknowledge_by, resolve_by, escalation_level, opened_at,
              assignee_kind, assignee_id, clocks, next_deadline
         FROM incident_state ${where.clause}
        ${INCIDENT_LIST_ORDER[sort]} LIMIT ${limit + 1}`,
      where.params,
    );
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return {
      items: rows.slice(0, limit).map(toSummary),
      nextCursor: last ? encodeCursor(cursorAfter(last, sort)) : null,
    };
  }

  /** The current state of one incident the caller may see. */
  async get(incidentId: string, caller: Pick<Caller, 'sites'>): Promise<IncidentDetail> {
    return toIncidentDetail(await this.visibleState(incidentId, caller));
  }

  /** The incident's state, or IncidentNotFound when it does not exist or is on another site. */
  async visibleState(incidentId: string, caller: Pick<Caller, 'sites'>): Promise<IncidentState> {
    if (!isUuid(incidentId)) throw new IncidentNotFound(incidentId);
    const [row] = await this.dataSource.query<{ state: IncidentState }[]>(
      'SELECT state FROM incident_state WHERE incident_id = $1',
      [incidentId],
    );
    if (!row || !canAccessSite(caller, row.state.site)) throw new IncidentNotFound(incidentId);
    return withStateDefaults(row.state);
  }

  /** Every event of the incident's stream, in stream order. */
  async events(incidentId: string, caller: Pick<Caller, 'sites'>): Promise<StoredEvent[]> {
    await this.visibleState(incidentId, caller);
    return this.eventStore.readStream(incidentStreamId(incidentId));
  }

  /**
   * The approvals inbox, oldest deadline first: requests at the caller's sites and
   * (issue 12) those a delegation lent to them lets them decide now: at its sites,
   * within the authority of its role, and not requested by its delegator or by them.
   * Each says why the caller cannot decide it, by the rule the workflow applies.
   */
  async inbox(
    caller: Pick<Caller, 'sites' | 'actor'>,
    options: InboxOptions,
  ): Promise<InboxItem[]> {
    const { status = 'pending', held = [], mayDecide, limit = MAX_PAGE } = options;
    const now = toIsoTimestamp(Date.now());
    const lent = held
      .filter((delegation) => inWindow(delegation, now))
      .map((delegation) => ({
        sites: delegation.sites,
        authorities: AUTHORITIES.filter((covered) => roleCovers(delegation.role, covered)),
        delegator_id: delegation.delegator.id,
      }));
    const rows = await this.dataSource.query<InboxRow[]>(
      `SELECT * FROM approval_inbox a
        WHERE a.status = $1
          AND ($2::boolean OR a.site = ANY($3::text[])
               OR EXISTS (SELECT 1 FROM jsonb_to_recordset($5::jsonb)
                                     AS d(sites text[], authorities text[], delegator_id text)
                           WHERE ('*' = ANY(d.sites) OR a.site = ANY(d.sites))
                             AND a.required_authority = ANY(d.authorities)
                             AND a.requested_by->>'id' NOT IN (d.delegator_id, $6)))
        ORDER BY a.deadline, a.approval_id LIMIT $4`,
      [
        status,
        caller.sites.includes('*'),
        caller.sites,
        limit,
        JSON.stringify(lent),
        caller.actor.id,
      ],
    );
    return rows.map((row) => {
      const approval = toInboxApproval(row);
      const delegation = delegationFor(approval, caller, held, now);
      const refusal = approvalDecisionRefusal(approval, caller.actor, delegation, now);
      return {
        ...approval,
        cannotDecideBecause: mayDecide ? (refusal?.code ?? null) : ROLE_MAY_NOT_DECIDE,
      };
    });
  }

  /** One approval the caller may see; ApprovalNotFound otherwise. */
  async approval(approvalId: string, caller: Pick<Caller, 'sites'>): Promise<InboxApproval> {
    const rows = isUuid(approvalId)
      ? await this.dataSource.query<InboxRow[]>(
          'SELECT * FROM approval_inbox WHERE approval_id = $1',
          [approvalId],
        )
      : [];
    const item = rows[0] ? toInboxApproval(rows[0]) : undefined;
    if (!item || !canAccessSite(caller, item.site)) throw new ApprovalNotFound(approvalId);
    return item;
  }

  /** Counts for the metrics endpoint. */
  async statistics(): Promise<IncidentStatistics> {
    const [row] = await this.dataSource.query<{ opened: string; ack: string; resolve: string }[]>(
      `SELECT count(*) AS opened,
              count(*) FILTER (WHERE acknowledgement_overdue) AS ack,
              count(*) FILTER (WHERE resolution_overdue) AS resolve
         FROM incident_state`,
    );
    return {
      opened: Number(row?.opened ?? 0),
      acknowledgementOverdue: Number(row?.ack ?? 0),
      resolutionOverdue: Number(row?.resolve ?? 0),
    };
  }
}

/** `?assignee=`: `me` is the caller, `none` nobody, anything else a person's actor id. */
function ownerFilter(assignee: string | undefined, callerId: string): OwnerFilter | undefined {
  if (assignee === undefined) return undefined;
  if (assignee === ASSIGNEE_NONE) return { unassigned: true };
  return { personId: assignee === ASSIGNEE_ME ? callerId : assignee };
}

/** The position after `row` in `sort`'s order: the columns its ORDER BY reads. */
function cursorAfter(row: SummaryRow, sort: ListSort): ListCursor {
  return sort === 'newest'
    ? { sort, openedAt: row.opened_at.toISOString(), id: row.incident_id }
    : { sort, nextDeadline: row.next_deadline?.toISOString() ?? null, id: row.incident_id };
}
