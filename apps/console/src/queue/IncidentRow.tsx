import { memo } from 'react';
import { Link } from 'react-router';
import { type IncidentSummary } from '../api/incident-types';
import { statusLabel } from '../incident/status-label';
import { ClocksPopover } from './ClocksPopover';

/**
 * One incident of the queue: what it is, where, who owns it, and its nearest
 * deadline. Memoised: a page loaded while scrolling leaves the rows already
 * shown alone (the query keeps unchanged incidents the same objects).
 */
export const IncidentRow = memo(function IncidentRow({
  incident,
  selected,
}: {
  incident: IncidentSummary;
  selected: boolean;
}) {
  return (
    <div className={`queue-row${selected ? ' selected' : ''}`}>
      <div className="queue-main">
        <Link to={`/incidents/${incident.id}`} className="queue-summary">
          {incident.summary}
        </Link>
        <span className="hint">
          {incident.customerRef} · {incident.category.replaceAll('_', ' ')} · {incident.site}
        </span>
      </div>
      <span className={`badge status-${incident.status}`}>{statusLabel(incident.status)}</span>
      <span className={`badge severity-${incident.severity}`}>{incident.severity}</span>
      <span className="queue-assignee">
        {incident.assignee ? incident.assignee.id : 'Unassigned'}
      </span>
      <ClocksPopover incident={incident} />
    </div>
  );
});
