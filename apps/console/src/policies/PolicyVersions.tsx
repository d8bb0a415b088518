import { type PolicyVersion } from '../api/policy-types';
import { usePreferences } from '../preferences/preferences';
import { formatInstant } from '../time/format-time';
import { SITE_TIME_ZONE } from '../time/site-time-zone';
import { useNow } from '../time/useNow';

/** The stored versions of one policy, newest first, with their main deadlines. */
export function PolicyVersions({
  policyKey,
  versions,
}: {
  policyKey: string;
  versions: PolicyVersion[];
}) {
  const { timeDisplay } = usePreferences();
  const now = useNow();
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
                <time dateTime={version.createdAt}>
                  {formatInstant(version.createdAt, timeDisplay, {
                    siteTimeZone: SITE_TIME_ZONE,
                    now,
                  })}
                </time>
              </td>
              <td>{version.createdBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
