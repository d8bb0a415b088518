import { type ActorRole, type Channel, type IncidentKind, type RemedyRule } from '@recovery/domain';

/**
 * One incident's history, described by what happened and when (offsets in ms from
 * opening). The audit tests build histories with known answers from these; the
 * benchmark seeder builds a million events from random ones.
 */
export interface IncidentScenario {
  incidentId: string;
  openedAt: Date;
  site: string;
  category: string;
  channel: Channel;
  kind: IncidentKind;
  policy: { key: string; version: number; acknowledgeWithinMs: number; resolveWithinMs: number };
  /** The frontline member of staff who opens, acknowledges, proposes and resolves. */
  staffId: string;
  acknowledgeAfterMs: number;
  /** Rungs climbed while the acknowledgement was overdue (0 when acknowledged in time). */
  escalationRungs: number;
  remedies: RemedyScenario[];
  promises: PromiseScenario[];
  resolveAfterMs: number;
  reopened: boolean;
  followUp: { answer: { score: 1 | 2 | 3 | 4 | 5 } } | 'unanswered' | 'none';
}

export interface RemedyScenario {
  /** Major units of EUR, like the rule's limits: 25 (frontline) and 150 (supervisor). */
  amount: number;
  path: 'at_once' | 'granted' | 'denied' | 'expired';
  /** Who decides an approval (default: a supervisor); set to the staff id for a self-approval. */
  approverId?: string;
  approverRole?: ActorRole;
  decisionAfterMs?: number;
}

export interface PromiseScenario {
  outcome: 'kept_on_time' | 'kept_late' | 'broken';
  latenessMs?: number;
  /** A fulfiller other than the maker, who confirms (true), or never does (false). */
  confirmation?: boolean;
}

/** The remedy rule every scenario's remedies fall under, as a policy writes it (major units). */
export const SCENARIO_REMEDY_RULE: RemedyRule = {
  type: 'taxi',
  currency: 'EUR',
  frontlineLimit: 25,
  supervisorLimit: 150,
};

/** The supervisor who decides approvals unless a scenario says otherwise. */
export const SCENARIO_SUPERVISOR = 'supervisor-1';
