import { type IncidentDetail } from '../../api/incident-types';
import { PromiseActions } from '../actions/PromiseActions';
import { fulfillerText } from '../fulfiller-text';
import { useInstantFormat } from '../../time/useInstantFormat';

/** Every promise made to the customer, with its state and, for those who may act, its actions. */
export function PromiseList({ incident, canAct }: { incident: IncidentDetail; canAct: boolean }) {
  const when = useInstantFormat(incident.site);
  return (
    <section className="card stack" aria-labelledby="promises-heading">
      <h2 id="promises-heading">Promises</h2>
      {incident.promises.length === 0 && <p className="hint">No promise has been made.</p>}
      <ul className="promise-list stack">
        {incident.promises.map((promise) => (
          <li
            key={promise.promiseId}
            className="stack"
            aria-label={`Promise: ${promise.description}`}
          >
            <div>
              <strong>{promise.description}</strong> <span className="badge">{promise.status}</span>
              {promise.unconfirmed && <span className="badge deadline-at-risk">unconfirmed</span>}
            </div>
            <span className="hint">
              Due {when(promise.dueAt)}; kept by {fulfillerText(promise.fulfilledBy)}; made by{' '}
              {promise.madeBy.name ?? promise.madeBy.id}
              {promise.requiresConfirmation &&
                (promise.confirmedBy
                  ? `; confirmed by ${promise.confirmedBy.name ?? promise.confirmedBy.id}`
                  : `; awaiting confirmation${promise.confirmBy ? ` by ${when(promise.confirmBy)}` : ''}`)}
            </span>
            {canAct && (
              <PromiseActions
                incidentId={incident.id}
                promise={promise}
                incidentStatus={incident.status}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
