import { Link, useParams } from 'react-router';
import { describeFailure } from '../api/problem';
import { useCan } from '../session/SessionGate';
import { IncidentActions } from './actions/IncidentActions';
import { IncidentHeader } from './header/IncidentHeader';
import { useIncident } from './incident-queries';
import { PromiseList } from './promises/PromiseList';
import { Timeline } from './timeline/Timeline';
import './incident.css';

/** /console/incidents/:id — one incident: where it stands, what to do next, what happened. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useIncident(id);
  const canAct = useCan('incident:act');
  if (incident.isPending) return <p role="status">Loading the incident…</p>;
  if (incident.isError) {
    return (
      <div className="card stack">
        <h1>Incident not available</h1>
        <p className="error">{describeFailure(incident.error)}</p>
        <Link to="/">Back to the queue</Link>
      </div>
    );
  }
  return (
    <div className="incident-page">
      <IncidentHeader incident={incident.data} />
      {/* Actions come first in reading order, so a phone shows them above the timeline. */}
      <div className="stack incident-side">
        {canAct && <IncidentActions incident={incident.data} />}
        <PromiseList incident={incident.data} canAct={canAct} />
      </div>
      <div className="incident-main">
        <Timeline incidentId={id} site={incident.data.site} />
      </div>
    </div>
  );
}
