import { Link } from 'react-router';
import { type PolicyVersion } from '../api/policy-types';

/** Every policy at its newest version; choosing one shows its versions. */
export function PolicyList({
  policies,
  selectedKey,
}: {
  policies: PolicyVersion[];
  selectedKey: string | undefined;
}) {
  return (
    <section className="card stack" aria-labelledby="policy-list-title">
      <h2 id="policy-list-title">All policies</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Policy</th>
            <th scope="col">Title</th>
            <th scope="col">Newest version</th>
            <th scope="col">Default</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((policy) => (
            <tr key={policy.key}>
              <td>
                <Link
                  to={`?policy=${encodeURIComponent(policy.key)}`}
                  aria-current={policy.key === selectedKey ? 'true' : undefined}
                >
                  {policy.key}
                </Link>
              </td>
              <td>{policy.document.title}</td>
              <td>v{policy.version}</td>
              <td>{policy.document.isDefault ? 'yes' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
