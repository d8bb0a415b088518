import { type IncidentDetail } from '../../api/incident-types';
import { type Fulfiller } from '../../api/incident-types';
import { clockName } from '../../time/clock-name';
import { DeadlineBadge } from '../../time/DeadlineBadge';
import { useInstantFormat } from '../../time/useInstantFormat';

/** Who the incident is, where it stands and every clock still running. */
export function IncidentHeader({ incident }: { incident: IncidentDetail }) {
  const when = useInstantFormat(incident.site);
  return (
    <header className="card stack incident-header">
      <div className="row incident-title">
        <h1>{incident.summary}</h1>
        <span className={`badge status-${incident.status}`}>Status: {incident.status}</span>
      </div>
      <ul className="row incident-clocks" aria-label="Clocks">
        {incident.clocks.length === 0 && <li className="hint">No clock is running.</li>}
        {incident.clocks.map((clock) => (
          <li key={`${clock.clock}-${clock.promiseId ?? ''}`}>
            <DeadlineBadge
              label={clockName(clock)}
              startedAt={clock.startedAt}
              dueAt={clock.dueAt}
            />{' '}
            <span className="hint">due {when(clock.dueAt)}</span>
          </li>
        ))}
      </ul>
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

export function fulfillerText(fulfiller: Fulfiller): string {
  return `${fulfiller.kind === 'team' ? 'team' : 'person'} ${fulfiller.id}`;
}
