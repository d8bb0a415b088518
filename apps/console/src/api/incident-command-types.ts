// The command bodies and answers of apps/api/src/incidents/dto/*.ts (the
// incident's own shapes are in ./incident-types.ts, policies in ./policy-types.ts).
import {
  type Channel,
  type ContactDirection,
  type ResolutionOutcome,
  type ServiceLevel,
} from '@recovery/domain/incident/incident-vocabulary';
import { type Fulfiller } from './incident-types';

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

export interface WaitForCustomerBody {
  reason: string;
}
