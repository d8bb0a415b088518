import { useState } from 'react';
import { type NoteBody, type ReopenBody } from '../../api/incident-command-types';
import { TextField } from '../../ui/fields';
import { InlineAction } from './InlineAction';
import { useIncidentCommand } from './useIncidentCommand';

export interface ActionProps {
  incidentId: string;
}

export function AcknowledgeAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<Record<string, never>>(incidentId, 'acknowledge');
  return (
    <InlineAction
      name="Acknowledge"
      submitLabel="Take ownership"
      command={command}
      body={() => ({})}
      describeResult={() => 'Acknowledged: the incident is yours.'}
    >
      <p className="hint">You take ownership; the acknowledge clock stops.</p>
    </InlineAction>
  );
}

export function AddNoteAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<NoteBody>(incidentId, 'notes');
  const [text, setText] = useState('');
  return (
    <InlineAction
      name="Add note"
      submitLabel="Save note"
      command={command}
      body={() => ({ text })}
      describeResult={() => 'Note added.'}
    >
      <TextField label="Note" field="text" value={text} onChange={setText} />
    </InlineAction>
  );
}

export function ReopenAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<ReopenBody>(incidentId, 'reopen');
  const [reason, setReason] = useState('');
  return (
    <InlineAction
      name="Reopen"
      submitLabel="Send back to work"
      command={command}
      body={() => ({ reason })}
      describeResult={() => 'Reopened: counted as rework.'}
    >
      <TextField
        label="Reason"
        field="reason"
        value={reason}
        onChange={setReason}
        hint="Counted as rework; a fresh resolve deadline starts."
      />
    </InlineAction>
  );
}
