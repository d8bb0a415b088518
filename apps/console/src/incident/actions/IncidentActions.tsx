import { type ReactNode } from 'react';
import { type IncidentDetail } from '../../api/incident-types';
import { type IncidentAction, availableActions } from './available-actions';
import { FeedbackAction, ResolveAction } from './closing-actions';
import { MakePromiseAction } from './MakePromiseAction';
import { LogContactAction, ReassignAction } from './ownership-actions';
import { ProposeRemedyAction } from './ProposeRemedyAction';
import { AcknowledgeAction, AddNoteAction, ReopenAction } from './SimpleActions';
import { ResumeClockAction, WaitForCustomerAction } from './waiting-actions';

/** The actions the incident's status allows; shown only to roles that may act (the caller checks). */
export function IncidentActions({ incident }: { incident: IncidentDetail }) {
  const id = incident.id;
  const forms: Record<IncidentAction, () => ReactNode> = {
    Acknowledge: () => <AcknowledgeAction incidentId={id} />,
    'Add note': () => <AddNoteAction incidentId={id} />,
    'Propose remedy': () => <ProposeRemedyAction incidentId={id} policy={incident.policy} />,
    'Make promise': () => <MakePromiseAction incidentId={id} />,
    Resolve: () => <ResolveAction incidentId={id} />,
    'Record feedback': () => <FeedbackAction incidentId={id} />,
    Reopen: () => <ReopenAction incidentId={id} />,
    Reassign: () => <ReassignAction incidentId={id} />,
    'Log contact': () => <LogContactAction incidentId={id} />,
    'Wait for customer': () => <WaitForCustomerAction incidentId={id} />,
    'Resume clock': () => <ResumeClockAction incidentId={id} />,
  };
  return (
    <section className="card stack incident-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {availableActions(incident).map((action) => (
        <div key={action}>{forms[action]()}</div>
      ))}
    </section>
  );
}
