import { useState } from 'react';
import { type PolicyVersion } from '../api/policy-types';
import { diffPolicyDocuments, formatLeaf, inFieldOrder } from './policy-diff';

const KIND_TEXT = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/** What changed between two versions of a policy, field by field. */
export function VersionDiff({ versions }: { versions: PolicyVersion[] }) {
  // Newest first from the API: by default the newest against the one before it.
  const [toVersion, setToVersion] = useState(versions[0]?.version);
  const [fromVersion, setFromVersion] = useState(versions[1]?.version ?? versions[0]?.version);
  const before = versions.find((each) => each.version === fromVersion);
  const after = versions.find((each) => each.version === toVersion);
  const changes =
    before && after ? inFieldOrder(diffPolicyDocuments(before.document, after.document)) : [];
  return (
    <section className="card stack" aria-labelledby="diff-title">
      <h2 id="diff-title">Compare versions</h2>
      <div className="row">
        <VersionSelect
          label="From version"
          versions={versions}
          value={fromVersion}
          onChange={setFromVersion}
        />
        <VersionSelect
          label="To version"
          versions={versions}
          value={toVersion}
          onChange={setToVersion}
        />
      </div>
      {changes.length === 0 ? (
        <p>
          {fromVersion === toVersion
            ? 'Choose two different versions.'
            : 'These versions are identical.'}
        </p>
      ) : (
        <table aria-label={`Changes from v${fromVersion} to v${toVersion}`}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Change</th>
              <th scope="col">v{fromVersion}</th>
              <th scope="col">v{toVersion}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">
                  <code>{change.path}</code>
                </th>
                <td>{KIND_TEXT[change.kind]}</td>
                <td>
                  <code>{formatLeaf(change.before)}</code>
                </td>
                <td>
                  <code>{formatLeaf(change.after)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function VersionSelect(props: {
  label: string;
  versions: PolicyVersion[];
  value: number | undefined;
  onChange: (version: number) => void;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {props.versions.map((version) => (
          <option key={version.version} value={version.version}>
            v{version.version} · {version.document.title}
          </option>
        ))}
      </select>
    </label>
  );
}
