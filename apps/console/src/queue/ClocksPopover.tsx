import { type IncidentSummary } from '../api/incident-types';
import { clockName } from '../time/clock-name';
import { DeadlineBadge } from '../time/DeadlineBadge';

const SHORT_LABEL = { acknowledge: 'ack', resolve: 'resolve', promise: 'promise' } as const;

/**
 * The nearest clock as the row's badge; opening it lists every running clock
 * (acknowledge, resolve, each open promise), since the nearest is not always
 * the one that matters most. A resolve clock paused while waiting on the
 * customer says so instead of counting down.
 */
export function ClocksPopover({ incident }: { incident: IncidentSummary }) {
  // The API lists clocks earliest first.
  const [nearest] = incident.clocks;
  // While waiting on the customer the resolve clock is not running (the API leaves it out).
  const paused = incident.status === 'waiting_on_customer';
  if (!nearest) {
    return <span className="hint">{paused ? 'Resolve clock paused' : 'No running clock'}</span>;
  }
  return (
    <details className="clocks">
      <summary aria-label={`Clocks of ${incident.summary}`}>
        <DeadlineBadge
          label={SHORT_LABEL[nearest.clock]}
          startedAt={nearest.startedAt}
          dueAt={nearest.dueAt}
        />
      </summary>
      <ul className="card popover">
        {paused && <li>Resolve: paused, waiting on the customer</li>}
        {incident.clocks.map((clock) => (
          <li key={`${clock.clock}-${clock.promiseId ?? ''}`}>
            {clockName(clock)}:{' '}
            <DeadlineBadge label="" startedAt={clock.startedAt} dueAt={clock.dueAt} />
          </li>
        ))}
      </ul>
    </details>
  );
}
