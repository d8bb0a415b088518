import { Link } from 'react-router';
import { DEVIATION_KINDS, type DeviationPage } from '../api/audit-types';
import { useInstantFormat } from '../time/useInstantFormat';
import { DEVIATION_TEXT } from './deviation-kinds';

/** Where practice departed from policy, each entry linking to its incident. */
export function DeviationsList({ deviations }: { deviations: DeviationPage }) {
  const when = useInstantFormat();
  const counted = DEVIATION_KINDS.filter((kind) => deviations.byKind[kind] > 0);
  return (
    <div className="stack">
      <h3 id="deviations-title">Deviations ({deviations.total})</h3>
      {counted.length > 0 && (
        <ul
          aria-label="Deviations by kind"
          className="row"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {counted.map((kind) => (
            <li key={kind} className="badge deadline-at-risk">
              {DEVIATION_TEXT[kind]}: {deviations.byKind[kind]}
            </li>
          ))}
        </ul>
      )}
      {deviations.items.length === 0 ? (
        <p>No deviations from policy.</p>
      ) : (
        <table aria-labelledby="deviations-title">
          <thead>
            <tr>
              <th scope="col">Deviation</th>
              <th scope="col">When</th>
              <th scope="col">Incident</th>
              <th scope="col">Site</th>
              <th scope="col">Policy</th>
            </tr>
          </thead>
          <tbody>
            {deviations.items.map((deviation) => (
              <tr key={`${deviation.incidentId}-${deviation.kind}-${deviation.subjectId ?? ''}`}>
                <td>{DEVIATION_TEXT[deviation.kind]}</td>
                <td>
                  <time dateTime={deviation.at}>
                    {when(deviation.at, deviation.site ?? undefined)}
                  </time>
                </td>
                <td>
                  <Link to={`/incidents/${deviation.incidentId}`}>
                    Incident {deviation.incidentId.slice(0, 8)}
                  </Link>
                </td>
                <td>{deviation.site ?? '–'}</td>
                <td>
                  {deviation.policyKey ? `${deviation.policyKey} v${deviation.policyVersion}` : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deviations.total > deviations.items.length && (
        <p className="hint">
          Showing the first {deviations.items.length} of {deviations.total}; the exports hold every
          event.
        </p>
      )}
    </div>
  );
}
