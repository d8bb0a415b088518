import { type IncidentCategory, type Severity } from '../incident/incident-vocabulary';

/** Authority levels that can grant a remedy, lowest first. */
export const AUTHORITIES = ['frontline', 'supervisor', 'manager'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/** Who an escalation rung notifies. */
export const ESCALATION_TARGETS = ['supervisor', 'manager', 'executive'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/** One rung of the escalation ladder; `after` counts from the missed deadline. */
export interface EscalationRung {
  after: string;
  to: EscalationTarget;
  /** The rung waits until the site is open (its calendar) when `after` ends off-hours. */
  businessHoursOnly?: boolean;
}

/** How a clock counts (issue 12): every hour, or only the site's open hours. */
export const CLOCK_KINDS = ['calendar', 'business'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** The kind of time each SLA clock counts in; either may be left out (calendar). */
export interface PolicyClocks {
  acknowledge?: ClockKind;
  resolve?: ClockKind;
}

/**
 * A remedy the policy allows. Limits are in MAJOR units of `currency` as a person
 * writes them (25 = 25 EUR): up to `frontlineLimit` frontline staff grant at once,
 * up to `supervisorLimit` a supervisor approves, above that a manager.
 */
export interface RemedyRule {
  type: string;
  frontlineLimit: number;
  supervisorLimit: number;
  currency: string;
  description?: string;
}

/** Which incidents a policy is meant for; an empty or missing list matches everything. */
export interface PolicyAppliesTo {
  categories?: IncidentCategory[];
  severities?: Severity[];
}

/**
 * A recovery policy document (issue 4). Field names are public contract.
 * Durations are ISO-8601 strings.
 */
export interface PolicyDocument {
  key: string;
  title: string;
  appliesTo: PolicyAppliesTo;
  acknowledgeWithin: string;
  resolveWithin: string;
  /** Which clocks count business hours of the site's calendar; both count calendar time by default. */
  clocks?: PolicyClocks;
  escalation: EscalationRung[];
  remedies: RemedyRule[];
  approvalTimeout: string;
  followUpAfter: string;
  feedbackWindow: string;
  /** How long a fulfiller has to confirm a promise made on their behalf; defaults to approvalTimeout. */
  confirmPromiseWithin?: string;
  /** A catch-all policy used when no other policy applies. */
  isDefault?: boolean;
  description?: string;
}

/** A policy key and version: what every incident is pinned to. */
export interface PolicyRef {
  key: string;
  version: number;
}

/** A stored, immutable policy version. */
export interface PolicyVersion extends PolicyRef {
  document: PolicyDocument;
  createdAt: string;
  createdBy: string;
}
