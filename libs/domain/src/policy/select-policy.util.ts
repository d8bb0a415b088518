import { type IncidentCategory, type Severity } from '../incident/incident-vocabulary';
import { type PolicyVersion } from './policy-document';

/** What an incident offers for policy selection. */
export interface PolicySelectionInput {
  policyKey?: string;
  category: IncidentCategory;
  severity: Severity;
}

export type PolicySelection =
  | { found: true; policy: PolicyVersion; reason: 'explicit_key' | 'applies_to' | 'default' }
  | { found: false; reason: 'unknown_key' | 'no_policy' };

/** True when a policy's appliesTo matches the category and severity (missing/empty lists match all). */
export function policyApplies(
  policy: PolicyVersion,
  category: IncidentCategory,
  severity: Severity,
): boolean {
  const { categories, severities } = policy.document.appliesTo;
  const categoryOk =
    categories === undefined || categories.length === 0 || categories.includes(category);
  const severityOk =
    severities === undefined || severities.length === 0 || severities.includes(severity);
  return categoryOk && severityOk;
}

/** Keeps only the newest version of each key. */
export function latestVersions(versions: readonly PolicyVersion[]): PolicyVersion[] {
  const newest = new Map<string, PolicyVersion>();
  for (const v of versions) {
    const current = newest.get(v.key);
    if (current === undefined || v.version > current.version) newest.set(v.key, v);
  }
  return [...newest.values()];
}

/** A catch-all policy: flagged isDefault, or keyed "default". */
export function isDefaultPolicy(policy: PolicyVersion): boolean {
  return policy.document.isDefault === true || policy.key === 'default';
}

// A policy that names a category is more specific than one that matches all.
const specificity = (p: PolicyVersion): number =>
  (p.document.appliesTo.categories?.length ? 2 : 0) +
  (p.document.appliesTo.severities?.length ? 1 : 0);

/**
 * Issue 4 selection rules: the explicit `policyKey` (newest version), else the newest
 * non-default version whose appliesTo matches (most specific first, then most recently
 * created), else the newest default policy.
 */
export function selectPolicy(
  versions: readonly PolicyVersion[],
  input: PolicySelectionInput,
): PolicySelection {
  const latest = latestVersions(versions);
  if (input.policyKey !== undefined) {
    const chosen = latest.find((p) => p.key === input.policyKey);
    return chosen
      ? { found: true, policy: chosen, reason: 'explicit_key' }
      : { found: false, reason: 'unknown_key' };
  }
  const matching = latest
    .filter((p) => !isDefaultPolicy(p) && policyApplies(p, input.category, input.severity))
    .sort(
      (a, b) =>
        specificity(b) - specificity(a) ||
        b.createdAt.localeCompare(a.createdAt) ||
        a.key.localeCompare(b.key),
    );
  if (matching.length > 0) return { found: true, policy: matching[0], reason: 'applies_to' };
  const defaults = latest
    .filter(isDefaultPolicy)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.key.localeCompare(b.key));
  return defaults.length > 0
    ? { found: true, policy: defaults[0], reason: 'default' }
    : { found: false, reason: 'no_policy' };
}
