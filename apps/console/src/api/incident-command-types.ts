// Wire shapes the incident page needs beyond src/api/incident-types.ts: the
// detail's fields the list does not carry and the command bodies of
// apps/api/src/incidents/dto/*.ts (policy shapes are in ./policy-types.ts).
import {
  type Channel,
  type ContactDirection,
  type ResolutionOutcome,
  type ServiceLevel,
} from '@recovery/domain/incident/incident-vocabulary';
import { type Fulfiller, type IncidentDetail } from './incident-types';

/** One rung climbed (GET /v1/incidents/:id `escalations`). */
export interface Escalation {
  reason: string;
  subjectId?: string;
  level: number;
  to: string;
  missedDeadline: string;
  escalatedAt: string;
}

/** GET /v1/incidents/:id as the incident page reads it. */
export interface IncidentView extends IncidentDetail {
  team?: string;
  escalations: Escalation[];
  noteCount: number;
  lastEventAt?: string;
}

/** Every command answers with the workflow's decision (CommandAcceptedDto). */
export interface CommandAccepted {
  incidentId: string;
  status: string;
  version: number;
  eventTypes: string[];
}

export interface NoteBody {
  text: string;
}

export interface RemedyBody {
  type: string;
  /** Major units of `currency`: 45.5 = 45.50 EUR. */
  amount: number;
  currency: string;
  description: string;
}

export interface PromiseBody {
  description: string;
  dueAt: string;
  fulfilledBy?: Fulfiller;
}

export interface ResolveBody {
  outcome: ResolutionOutcome;
  summary: string;
}

export interface FeedbackBody {
  score: number;
  level: ServiceLevel;
  comment?: string;
}

export interface ReopenBody {
  reason: string;
}

export interface ReassignBody {
  assignee: Fulfiller;
  reason?: string;
}

export interface ContactBody {
  direction: ContactDirection;
  channel: Channel;
  summary: string;
}
