import { type IncidentDetail } from '../../api/incident-types';
import { businessHoursNote } from '../../time/business-hours';
import { clockName } from '../../time/clock-name';
import { DeadlineBadge } from '../../time/DeadlineBadge';
import { useInstantFormat } from '../../time/useInstantFormat';

/**
 * Every running clock with its deadline, and the resolve clock while it stands still.
 * A business clock says which calendar it counts in, but its countdown is in calendar
 * time (CALENDARS.md trap 9): "in 2 h" must mean two hours from now, open or not.
 */
export function IncidentClocks({ incident }: { incident: IncidentDetail }) {
  const when = useInstantFormat(incident.site);
  const paused = incident.pausedSince;
  return (
    <ul className="row incident-clocks" aria-label="Clocks">
      {incident.clocks.length === 0 && !paused && <li className="hint">No clock is running.</li>}
      {paused && (
        <li>
          {/* No countdown and no alarm colour: nothing can breach while the clock stands still. */}
          <span className="badge deadline-paused">Resolve paused</span>{' '}
          <span className="hint">
            since {when(paused)} — waiting on the customer
            {withNote(businessHoursNote(incident.deadlineRules, 'resolve'))}
          </span>
        </li>
      )}
      {incident.clocks.map((clock) => (
        <li key={`${clock.clock}-${clock.promiseId ?? ''}`}>
          <DeadlineBadge label={clockName(clock)} startedAt={clock.startedAt} dueAt={clock.dueAt} />{' '}
          <span className="hint">
            due {when(clock.dueAt)}
            {clock.clock !== 'promise' &&
              withNote(businessHoursNote(incident.deadlineRules, clock.clock))}
          </span>
        </li>
      ))}
    </ul>
  );
}

function withNote(note: string | undefined): string {
  return note ? ` (${note})` : '';
}
