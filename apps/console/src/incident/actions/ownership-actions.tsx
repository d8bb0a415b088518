import { useState } from 'react';
import {
  CHANNELS,
  CONTACT_DIRECTIONS,
  type ContactBody,
  type ReassignBody,
} from '../../api/incident-command-types';
import { SelectField, TextAreaField, TextField } from './fields';
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
        error={command.error}
        value={kind}
        onChange={(value) => setKind(value === 'team' ? 'team' : 'person')}
        values={ASSIGNEE_KINDS}
      />
      <TextField
        label={kind === 'team' ? 'Team id' : 'Person id'}
        field="assignee.id"
        error={command.error}
        value={id}
        onChange={setId}
      />
      <TextAreaField
        label="Reason"
        field="reason"
        error={command.error}
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
        error={command.error}
        value={direction}
        onChange={(value) => setDirection(value as ContactBody['direction'])}
        values={CONTACT_DIRECTIONS}
        hint="Outbound: you reached the customer. Inbound: they reached you."
      />
      <SelectField
        label="Channel"
        field="channel"
        error={command.error}
        value={channel}
        onChange={(value) => setChannel(value as ContactBody['channel'])}
        values={CHANNELS}
      />
      <TextAreaField
        label="Summary"
        field="summary"
        error={command.error}
        value={summary}
        onChange={setSummary}
      />
    </InlineAction>
  );
}
