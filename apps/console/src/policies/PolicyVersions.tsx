import { type PolicyVersion } from '../api/policy-types';
import { useInstantFormat } from '../time/useInstantFormat';

/** The stored versions of one policy, newest first, with their main deadlines. */
export function PolicyVersions({
  policyKey,
  versions,
}: {
  policyKey: string;
  versions: PolicyVersion[];
}) {
  const when = useInstantFormat();
  return (
    <section className="card stack" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions of {policyKey}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Title</th>
            <th scope="col">Acknowledge within</th>
            <th scope="col">Resolve within</th>
            <th scope="col">Created</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.version}>
              <td>v{version.version}</td>
              <td>{version.document.title}</td>
              <td>{version.document.acknowledgeWithin}</td>
              <td>{version.document.resolveWithin}</td>
              <td>
                <time dateTime={version.createdAt}>{when(version.createdAt)}</time>
              </td>
              <td>{version.createdBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
