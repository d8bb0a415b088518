import { useState } from 'react';
import { type PromiseBody } from '../../api/incident-command-types';
import { Field, SelectField, TextField } from '../../ui/fields';
import { InlineAction } from './InlineAction';
import { type ActionProps } from './SimpleActions';
import { useIncidentCommand } from './useIncidentCommand';

const FULFILLERS = ['me', 'person', 'team'] as const;

/** What was promised, by when and who keeps it (the promiser unless someone else is named). */
export function MakePromiseAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<PromiseBody>(incidentId, 'promises');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const [fulfiller, setFulfiller] = useState<string>('me');
  const [fulfillerId, setFulfillerId] = useState('');
  const body = (): PromiseBody => ({
    description,
    // datetime-local is the viewer's own clock; the API takes UTC.
    dueAt: due ? new Date(due).toISOString() : '',
    ...(fulfiller === 'me'
      ? {}
      : { fulfilledBy: { kind: fulfiller === 'team' ? 'team' : 'person', id: fulfillerId } }),
  });
  return (
    <InlineAction
      name="Make promise"
      submitLabel="Save promise"
      command={command}
      body={body}
      describeResult={() => 'Promise recorded; its clock runs.'}
    >
      <TextField label="What" field="description" value={description} onChange={setDescription} />
      <Field label="Due" field="dueAt" hint="In your own time zone.">
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            required
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        )}
      </Field>
      <SelectField
        label="Who fulfils it"
        field="fulfilledBy"
        value={fulfiller}
        onChange={setFulfiller}
        values={FULFILLERS}
        hint="Someone other than you must confirm it."
      />
      {fulfiller !== 'me' && (
        <TextField
          label={fulfiller === 'team' ? 'Team id' : 'Person id'}
          field="fulfilledBy.id"
          multiline={false}
          value={fulfillerId}
          onChange={setFulfillerId}
        />
      )}
    </InlineAction>
  );
}
