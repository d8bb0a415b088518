import { useSearchParams } from 'react-router';
import { describeFailure } from '../api/problem';
import { useCan } from '../session/SessionGate';
import { NewVersionEditor } from './NewVersionEditor';
import { PolicyList } from './PolicyList';
import { usePolicies, usePolicyVersions } from './policy-queries';
import { PolicyVersions } from './PolicyVersions';
import { VersionDiff } from './VersionDiff';

/**
 * Recovery policies and their versions (issue 11, admin). Everyone with
 * policy:read sees them; only policy:write (admins) gets the editor.
 */
export function PoliciesPage() {
  const canWrite = useCan('policy:write');
  const policies = usePolicies();
  const [search] = useSearchParams();
  const selectedKey = search.get('policy') ?? policies.data?.items[0]?.key;
  const versions = usePolicyVersions(selectedKey);
  return (
    <div className="stack">
      <h1>Policies</h1>
      {!canWrite && <p className="hint">Read-only: only administrators change policies.</p>}
      {policies.isPending && <p role="status">Loading policies…</p>}
      {policies.isError && (
        <p className="error" role="alert">
          {describeFailure(policies.error)}
        </p>
      )}
      {policies.data && <PolicyList policies={policies.data.items} selectedKey={selectedKey} />}
      {versions.isError && (
        <p className="error" role="alert">
          {describeFailure(versions.error)}
        </p>
      )}
      {selectedKey && versions.data && (
        <>
          <PolicyVersions policyKey={selectedKey} versions={versions.data.items} />
          <VersionDiff
            key={`${selectedKey}-${versions.data.items[0]?.version}`}
            versions={versions.data.items}
          />
          {canWrite && versions.data.items[0] && (
            <NewVersionEditor key={selectedKey} base={versions.data.items[0]} />
          )}
        </>
      )}
    </div>
  );
}
