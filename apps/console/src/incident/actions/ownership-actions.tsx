import { useState } from 'react';
import { CHANNELS, CONTACT_DIRECTIONS } from '@recovery/domain/incident/incident-vocabulary';
import { type ContactBody, type ReassignBody } from '../../api/incident-command-types';
import { SelectField, TextField } from '../../ui/fields';
import { InlineAction } from './InlineAction';
import { type ActionProps } from './SimpleActions';
import { useIncidentCommand } from './useIncidentCommand';

const ASSIGNEE_KINDS = ['person', 'team'] as const;

export function ReassignAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<ReassignBody>(incidentId, 'reassign');
  const [kind, setKind] = useState<'person' | 'team'>('person');
  const [id, setId] = useState('');
  const [reason, setReason] = useState('');
  const body = (): ReassignBody => ({ assignee: { kind, id }, ...(reason ? { reason } : {}) });
  return (
    <InlineAction
      name="Reassign"
      submitLabel="Hand over"
      command={command}
      body={body}
      describeResult={() => 'Reassigned.'}
    >
      <SelectField
        label="Assign to a"
        field="assignee.kind"
        value={kind}
        onChange={setKind}
        values={ASSIGNEE_KINDS}
      />
      <TextField
        label={kind === 'team' ? 'Team id' : 'Person id'}
        field="assignee.id"
        multiline={false}
        value={id}
        onChange={setId}
      />
      <TextField
        label="Reason"
        field="reason"
        value={reason}
        onChange={setReason}
        required={false}
      />
    </InlineAction>
  );
}

export function LogContactAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<ContactBody>(incidentId, 'contacts');
  const [direction, setDirection] = useState<ContactBody['direction']>('outbound');
  const [channel, setChannel] = useState<ContactBody['channel']>('phone');
  const [summary, setSummary] = useState('');
  return (
    <InlineAction
      name="Log contact"
      submitLabel="Save contact"
      command={command}
      body={() => ({ direction, channel, summary })}
      describeResult={() => 'Contact logged.'}
    >
      <SelectField
        label="Direction"
        field="direction"
        value={direction}
        onChange={setDirection}
        values={CONTACT_DIRECTIONS}
        hint="Outbound: you reached the customer. Inbound: they reached you."
      />
      <SelectField
        label="Channel"
        field="channel"
        value={channel}
        onChange={setChannel}
        values={CHANNELS}
      />
      <TextField label="Summary" field="summary" value={summary} onChange={setSummary} />
    </InlineAction>
  );
}
