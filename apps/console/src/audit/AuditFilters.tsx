import { usePolicies, usePolicyVersions } from '../policies/policy-queries';
import { type AuditSelection } from './audit-queries';

const numberOrUndefined = (value: string): number | undefined =>
  value === '' ? undefined : Number(value);
const dateOf = (iso: string | undefined): string => iso?.slice(0, 10) ?? '';
const isoOf = (date: string): string | undefined => (date === '' ? undefined : `${date}T00:00:00Z`);

/** Which policy version to report on, which one to put beside it, and the opening dates. */
export function AuditFilters({
  selection,
  onChange,
}: {
  selection: AuditSelection;
  onChange: (change: AuditSelection) => void;
}) {
  const policies = usePolicies();
  const versions = usePolicyVersions(selection.policyKey);
  const versionNumbers = versions.data?.items.map((each) => each.version) ?? [];
  return (
    <section className="card row" aria-label="Report filters">
      <label>
        Policy
        <select
          value={selection.policyKey ?? ''}
          onChange={(event) =>
            onChange({
              ...selection,
              policyKey: event.target.value || undefined,
              policyVersion: undefined,
              compareVersion: undefined,
            })
          }
        >
          <option value="">All policies</option>
          {policies.data?.items.map((policy) => (
            <option key={policy.key} value={policy.key}>
              {policy.document.title} ({policy.key})
            </option>
          ))}
        </select>
      </label>
      <label>
        Version
        <select
          value={selection.policyVersion ?? ''}
          disabled={selection.policyKey === undefined}
          onChange={(event) =>
            onChange({ ...selection, policyVersion: numberOrUndefined(event.target.value) })
          }
        >
          <option value="">All versions</option>
          {versionNumbers.map((version) => (
            <option key={version} value={version}>
              v{version}
            </option>
          ))}
        </select>
      </label>
      <label>
        Compare with version
        <select
          value={selection.compareVersion ?? ''}
          disabled={selection.policyVersion === undefined}
          onChange={(event) =>
            onChange({ ...selection, compareVersion: numberOrUndefined(event.target.value) })
          }
        >
          <option value="">No comparison</option>
          {versionNumbers
            .filter((version) => version !== selection.policyVersion)
            .map((version) => (
              <option key={version} value={version}>
                v{version}
              </option>
            ))}
        </select>
      </label>
      <label>
        Opened from
        <input
          type="date"
          value={dateOf(selection.from)}
          onChange={(event) => onChange({ ...selection, from: isoOf(event.target.value) })}
        />
      </label>
      <label>
        Opened before
        <input
          type="date"
          value={dateOf(selection.to)}
          onChange={(event) => onChange({ ...selection, to: isoOf(event.target.value) })}
        />
      </label>
    </section>
  );
}
