import { type IncidentDetail } from '../../api/incident-types';
import { type CustomerPromise } from '../../api/incident-types';
import { promiseActions } from './available-actions';
import { InlineAction } from './InlineAction';
import { useIncidentCommand } from './useIncidentCommand';

interface PromiseActionsProps {
  incidentId: string;
  promise: CustomerPromise;
  incidentStatus: IncidentDetail['status'];
}

/** Confirm and Mark kept on one promise, where they make sense for it. */
export function PromiseActions({ incidentId, promise, incidentStatus }: PromiseActionsProps) {
  const actions = promiseActions(promise, incidentStatus);
  const path = `promises/${encodeURIComponent(promise.promiseId)}`;
  const confirm = useIncidentCommand<Record<string, never>>(incidentId, `${path}/confirm`);
  const keep = useIncidentCommand<Record<string, never>>(incidentId, `${path}/keep`);
  if (actions.length === 0) return null;
  return (
    <div className="action-buttons">
      {actions.includes('Confirm') && (
        <InlineAction
          name="Confirm"
          submitLabel="I will keep it"
          command={confirm}
          body={() => ({})}
          describeResult={() => 'Promise confirmed.'}
        >
          <p className="hint">You agree to keep “{promise.description}”.</p>
        </InlineAction>
      )}
      {actions.includes('Mark kept') && (
        <InlineAction
          name="Mark kept"
          submitLabel="Yes, it was kept"
          command={keep}
          body={() => ({})}
          describeResult={() => 'Promise kept.'}
        >
          <p className="hint">
            {Date.now() > Date.parse(promise.dueAt)
              ? 'It is past due: the lateness is recorded.'
              : 'Kept on time.'}
          </p>
        </InlineAction>
      )}
    </div>
  );
}
