import { type AuditFilter } from './audit-filter';
import { type ConformanceFigures } from './conformance-figures.types';

export type * from './conformance-figures.types';

export const DEVIATION_KINDS = [
  'late_acknowledgement',
  'late_resolution',
  'broken_promise',
  'unconfirmed_promise',
  'grant_outside_authority',
  'currency_mismatch',
  'self_approval',
  'approval_expired',
  'missing_follow_up',
] as const;
/** How practice departed from policy. */
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export interface Deviation {
  incidentId: string;
  kind: DeviationKind;
  /** The promise, remedy or approval concerned, when it is not the incident itself. */
  subjectId: string | null;
  at: string;
  site: string | null;
  policyKey: string | null;
  policyVersion: number | null;
  /** The incident's event stream, where the deviation can be traced. */
  eventsUrl: string;
}

export interface DeviationPage {
  total: number;
  byKind: Record<DeviationKind, number>;
  limit: number;
  offset: number;
  items: Deviation[];
}

export interface ConformanceQuery extends AuditFilter {
  /** A second version of `policyKey` to put side by side with `policyVersion`. */
  compareVersion?: number;
  deviationsLimit?: number;
  deviationsOffset?: number;
}

export interface ConformanceReport {
  filter: AuditFilter;
  figures: ConformanceFigures;
  deviations: DeviationPage;
  /** The same figures for two versions of one policy, so an executive sees whether a change helped. */
  comparison?: {
    policyKey: string;
    versions: { policyVersion: number; figures: ConformanceFigures }[];
  };
}
