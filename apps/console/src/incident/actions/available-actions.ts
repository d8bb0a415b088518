import { type IncidentDetail } from '../../api/incident-types';
import { type CustomerPromise } from '../../api/incident-types';

export type IncidentAction =
  | 'Acknowledge'
  | 'Add note'
  | 'Propose remedy'
  | 'Make promise'
  | 'Resolve'
  | 'Record feedback'
  | 'Reopen'
  | 'Reassign'
  | 'Log contact'
  | 'Wait for customer'
  | 'Resume clock';

const WORKING = ['Add note', 'Propose remedy', 'Make promise', 'Reassign', 'Log contact'] as const;

/**
 * The actions that make sense for the incident's status (libs/domain decide-*.ts);
 * the workflow stays the authority and says why when it refuses one anyway.
 */
export function availableActions(
  incident: Pick<IncidentDetail, 'status' | 'followUp'>,
): IncidentAction[] {
  switch (incident.status) {
    case 'new': // not yet opened: nothing to do until IncidentOpened is stored
      return [];
    case 'open':
      return ['Acknowledge', ...WORKING];
    case 'acknowledged':
    case 'reopened':
      return [...WORKING, 'Wait for customer', 'Resolve'];
    case 'waiting_on_customer': // the work goes on while the resolve clock stands still
      return ['Resume clock', ...WORKING, 'Resolve'];
    case 'resolved':
      return [
        'Add note',
        'Log contact',
        ...(incident.followUp?.status === 'awaiting' ? (['Record feedback'] as const) : []),
        'Reopen',
      ];
    case 'closed':
      return ['Reopen'];
  }
}

/** Per promise: Confirm while its fulfiller (someone other than its maker) has not; Mark kept until kept. */
export function promiseActions(
  promise: Pick<CustomerPromise, 'status' | 'requiresConfirmation' | 'confirmedBy'>,
  incidentStatus: IncidentDetail['status'],
): ('Confirm' | 'Mark kept')[] {
  const actions: ('Confirm' | 'Mark kept')[] = [];
  if (promise.status === 'open' && promise.requiresConfirmation && !promise.confirmedBy)
    actions.push('Confirm');
  if (promise.status !== 'kept' && incidentStatus !== 'closed') actions.push('Mark kept');
  return actions;
}
