import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type AuditVerification,
  type ConformanceReport,
  type Scorecard,
  type ScorecardInterval,
} from '../api/audit-types';
import { apiRequest, queryString } from '../api/http';

/** What the executive chose to look at: one policy version, maybe beside another. */
export interface AuditSelection {
  policyKey?: string;
  policyVersion?: number;
  compareVersion?: number;
  from?: string;
  to?: string;
}

/** GET /v1/audit/conformance for the selection (a comparison only when both versions are chosen). */
export function useConformanceReport(selection: AuditSelection) {
  const comparing = selection.policyVersion !== undefined && selection.compareVersion !== undefined;
  const params = {
    policyKey: selection.policyKey,
    policyVersion: selection.policyVersion,
    compareVersion: comparing ? selection.compareVersion : undefined,
    from: selection.from,
    to: selection.to,
  };
  return useQuery({
    queryKey: ['audit', 'conformance', params],
    queryFn: () => apiRequest<ConformanceReport>(`/v1/audit/conformance${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** GET /v1/audit/scorecard for the selected policy version, by day, week or month. */
export function useScorecard(selection: AuditSelection, interval: ScorecardInterval) {
  const params = {
    interval,
    policyKey: selection.policyKey,
    policyVersion: selection.policyVersion,
    from: selection.from,
    to: selection.to,
  };
  return useQuery({
    queryKey: ['audit', 'scorecard', params],
    queryFn: () => apiRequest<Scorecard>(`/v1/audit/scorecard${queryString(params)}`),
    placeholderData: keepPreviousData,
  });
}

/** GET /v1/audit/verify over the whole store. */
export function useVerification() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => apiRequest<AuditVerification>('/v1/audit/verify'),
  });
}
