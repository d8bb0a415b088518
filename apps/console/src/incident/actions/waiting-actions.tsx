import { useState } from 'react';
import { type WaitForCustomerBody } from '../../api/incident-command-types';
import { TextField } from '../../ui/fields';
import { InlineAction } from './InlineAction';
import { type ActionProps } from './SimpleActions';
import { useIncidentCommand } from './useIncidentCommand';

/** Stops the resolve clock while the organisation waits on the customer (issue 12). */
export function WaitForCustomerAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<WaitForCustomerBody>(incidentId, 'wait-for-customer');
  const [reason, setReason] = useState('');
  return (
    <InlineAction
      name="Wait for customer"
      submitLabel="Pause the resolve clock"
      command={command}
      body={() => ({ reason })}
      describeResult={() => 'Waiting on the customer: the resolve clock is paused.'}
    >
      <TextField
        label="Reason"
        field="reason"
        value={reason}
        onChange={setReason}
        hint="What the customer must send or do. Promise clocks keep running."
      />
    </InlineAction>
  );
}

/** Starts the resolve clock again; logging an inbound contact does the same. */
export function ResumeClockAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<Record<string, never>>(incidentId, 'resume');
  return (
    <InlineAction
      name="Resume clock"
      submitLabel="Start the resolve clock"
      command={command}
      body={() => ({})}
      describeResult={() => 'The resolve clock runs again; its deadline moved by the time paused.'}
    >
      <p className="hint">
        The resolve deadline moves by the time paused. Logging an inbound contact resumes it too.
      </p>
    </InlineAction>
  );
}
