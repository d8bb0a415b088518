// The wire shapes of the incident routes the console reads: a subset of
// docs/openapi.json (the contract), written out for the compiler.

export type IncidentStatus = 'open' | 'acknowledged' | 'resolved' | 'closed' | 'reopened';
export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface Actor {
  id: string;
  role: string;
  name?: string;
}

export interface Fulfiller {
  kind: 'person' | 'team';
  id: string;
}

/** One running clock of an incident (GET /v1/incidents `clocks`). */
export interface Clock {
  clock: 'acknowledge' | 'resolve' | 'promise';
  /** With dueAt, how much of the allowed time is used. */
  startedAt: string;
  dueAt: string;
  promiseId?: string;
  label: string;
}

export interface IncidentSummary {
  id: string;
  status: IncidentStatus;
  kind: string;
  channel: string;
  site: string;
  category: string;
  severity: Severity;
  customerRef: string;
  summary: string;
  policy: { key: string; version: number };
  deadlines: { acknowledgeBy: string; resolveBy: string };
  escalationLevel: number;
  openedAt: string;
  assignee: Fulfiller | null;
  clocks: Clock[];
  nextDeadline: string | null;
}

export interface IncidentPage {
  items: IncidentSummary[];
  nextCursor: string | null;
}

export interface Remedy {
  remedyId: string;
  remedyType: string;
  amount: number;
  currency: string;
  description: string;
  requiredAuthority: string;
  proposedBy: Actor;
  proposedAt: string;
  status: string;
  approvalId?: string;
}

export interface Approval {
  approvalId: string;
  remedyId: string;
  remedyType: string;
  amount: number;
  currency: string;
  requiredAuthority: string;
  requestedBy: Actor;
  requestedAt: string;
  deadline: string;
  expiresAt: string;
  status: 'pending' | 'granted' | 'denied' | 'expired';
  decidedBy?: Actor;
  reason?: string;
  decidedAt?: string;
}

export interface CustomerPromise {
  promiseId: string;
  description: string;
  dueAt: string;
  madeBy: Actor;
  madeAt: string;
  fulfilledBy: Fulfiller;
  requiresConfirmation: boolean;
  confirmBy?: string;
  confirmedBy?: Actor;
  unconfirmed: boolean;
  status: string;
  keptAt?: string;
}

export interface IncidentDetail {
  id: string;
  status: IncidentStatus;
  kind: string;
  channel: string;
  category: string;
  severity: Severity;
  customerRef: string;
  site: string;
  summary: string;
  details?: string;
  policy: { key: string; version: number };
  openedBy?: Actor;
  openedAt: string;
  deadlines: { acknowledgeBy: string; resolveBy: string };
  acknowledgedAt?: string;
  acknowledgedBy?: Actor;
  acknowledgementOverdue: boolean;
  resolutionOverdue: boolean;
  resolvedAt?: string;
  resolution?: { outcome: string; summary: string; resolvedBy: Actor };
  closedAt?: string;
  escalationLevel: number;
  remedies: Remedy[];
  approvals: Approval[];
  promises: CustomerPromise[];
  followUp?: { status: string; sentAt: string; answerBy: string; level?: string; score?: number };
  assignee?: Fulfiller;
  reopenCount: number;
  version: number;
  openPromises: CustomerPromise[];
  pendingApprovals: Approval[];
  /** Every running clock, earliest first (the list's rule, computed by the API). */
  clocks: Clock[];
}

/** One stored event (GET /v1/incidents/:id/events). */
export interface StoredEvent {
  eventId: string;
  streamVersion: number;
  globalPosition: number;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  occurredAt: string;
  recordedAt: string;
  hash: string;
  prevHash: string;
}

/** One approval of the supervisors' inbox (GET /v1/approvals). */
export interface InboxItem extends Omit<Approval, 'decidedBy' | 'reason' | 'decidedAt'> {
  incidentId: string;
  site: string;
}
