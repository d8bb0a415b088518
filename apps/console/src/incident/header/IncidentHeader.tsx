import { type IncidentDetail } from '../../api/incident-types';
import { useInstantFormat } from '../../time/useInstantFormat';
import { useNow } from '../../time/useNow';
import { fulfillerText } from '../fulfiller-text';
import { statusLabel } from '../status-label';
import { IncidentClocks } from './IncidentClocks';
import { timePausedText } from './paused-time';

/** Who the incident is, where it stands, every clock still running and how long it stood still. */
export function IncidentHeader({ incident }: { incident: IncidentDetail }) {
  const when = useInstantFormat(incident.site);
  const timePaused = timePausedText(incident, useNow());
  return (
    <header className="card stack incident-header">
      <div className="row incident-title">
        <h1>{incident.summary}</h1>
        <span className={`badge status-${incident.status}`}>
          Status: {statusLabel(incident.status)}
        </span>
      </div>
      <IncidentClocks incident={incident} />
      <dl className="incident-facts">
        <Fact
          term="Escalation level"
          value={
            incident.escalationLevel === 0 ? 'not escalated' : `rung ${incident.escalationLevel}`
          }
        />
        <Fact term="Policy" value={`${incident.policy.key} v${incident.policy.version}`} />
        <Fact
          term="Assignee"
          value={incident.assignee ? fulfillerText(incident.assignee) : 'nobody'}
        />
        <Fact term="Site" value={incident.site} />
        <Fact term="Severity" value={incident.severity} />
        <Fact term="Category" value={incident.category.replaceAll('_', ' ')} />
        <Fact term="Customer reference" value={incident.customerRef} />
        <Fact
          term="Opened"
          value={`${when(incident.openedAt)}${incident.openedBy ? ` by ${incident.openedBy.name ?? incident.openedBy.id}` : ''}`}
        />
        <Fact
          term="Kind and channel"
          value={`${incident.kind}, ${incident.channel.replaceAll('_', ' ')}`}
        />
        {timePaused && <Fact term="Time paused" value={timePaused} />}
        {incident.reopenCount > 0 && (
          <Fact term="Reopened" value={`${incident.reopenCount} times`} />
        )}
      </dl>
      {incident.details && <p className="incident-details">{incident.details}</p>}
      {incident.resolution && (
        <p>
          <strong>Resolution ({incident.resolution.outcome.replaceAll('_', ' ')}):</strong>{' '}
          {incident.resolution.summary}
        </p>
      )}
    </header>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
