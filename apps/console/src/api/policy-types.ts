// The wire shapes of the policy routes (GET/POST /v1/policies): the document is
// libs/domain's PolicyDocument, validated by the API (apps/api/src/policies/dto).

export const ESCALATION_TARGETS = ['supervisor', 'manager', 'executive'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export interface EscalationRung {
  /** ISO-8601 duration from the missed deadline. */
  after: string;
  to: EscalationTarget;
  /** The rung waits until the site is open when `after` ends off-hours. */
  businessHoursOnly?: boolean;
}

/** Every hour, or only the site's open hours (its calendar). */
export type ClockKind = 'calendar' | 'business';

/** Limits in major units of `currency` (25 = 25 EUR). */
export interface RemedyRule {
  type: string;
  frontlineLimit: number;
  supervisorLimit: number;
  currency: string;
  description?: string;
}

export interface PolicyDocument {
  key: string;
  title: string;
  appliesTo: { categories?: string[]; severities?: string[] };
  acknowledgeWithin: string;
  resolveWithin: string;
  /** Which clocks count business hours; both count calendar time when left out. */
  clocks?: { acknowledge?: ClockKind; resolve?: ClockKind };
  escalation: EscalationRung[];
  remedies: RemedyRule[];
  approvalTimeout: string;
  followUpAfter: string;
  feedbackWindow: string;
  confirmPromiseWithin?: string;
  isDefault?: boolean;
  description?: string;
}

export interface PolicyVersion {
  key: string;
  version: number;
  document: PolicyDocument;
  createdAt: string;
  createdBy: string;
}

/** GET /v1/policies (newest version of each) and GET /v1/policies/:key/versions (newest first). */
export interface PolicyList {
  items: PolicyVersion[];
}

/** POST /v1/policies */
export interface PolicyCreated {
  key: string;
  version: number;
}
