import { FIELD_LIMITS } from '@recovery/domain/incident/field-limits';
import {
  CHANNELS,
  INCIDENT_KINDS,
  SEVERITIES,
} from '@recovery/domain/incident/incident-vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest } from '../api/http';
import { ApiProblem, describeFailure } from '../api/problem';
import { useCurrentUser } from '../session/SessionGate';
import { CommandErrorContext, SelectField, TextField } from '../ui/fields';
import { PolicyPreview } from './PolicyPreview';

interface Opened {
  id: string;
}

const EMPTY = {
  kind: 'complaint',
  channel: 'phone',
  category: '',
  severity: 'medium',
  customerRef: '',
  site: '',
  summary: '',
  details: '',
};
type Fields = typeof EMPTY;

/**
 * Opening an incident while the customer is on the line: keyboard first (Tab
 * through, Enter submits), the policy and its deadlines shown before
 * submitting, the API's field errors beside each field.
 */
export function OpenIncidentForm({ onCancel }: { onCancel: () => void }) {
  const ownSites = useCurrentUser().sites.filter((site) => site !== '*');
  const [fields, setFields] = useState<Fields>({ ...EMPTY, site: ownSites[0] ?? '' });
  // One key for the form: a retried submission opens the incident once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const navigate = useNavigate();
  const queries = useQueryClient();
  const open = useMutation({
    mutationFn: () =>
      apiRequest<Opened>('/v1/incidents', {
        method: 'POST',
        idempotencyKey,
        body: { ...fields, details: fields.details || undefined },
      }),
    onSuccess: ({ id }) => {
      void queries.invalidateQueries({ queryKey: ['incidents'] });
      void navigate(`/incidents/${id}`);
    },
  });
  const set = (name: keyof Fields) => (value: string) =>
    setFields((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  const unplaced = open.error && !(open.error instanceof ApiProblem && open.error.errors.length);
  return (
    <form
      className="card stack open-incident"
      onSubmit={submit}
      aria-labelledby="open-incident-title"
    >
      <h2 id="open-incident-title">Open an incident</h2>
      <CommandErrorContext.Provider value={open.error}>
        <div className="form-grid">
          <SelectField
            label="Kind"
            field="kind"
            value={fields.kind}
            onChange={set('kind')}
            values={INCIDENT_KINDS}
            autoFocus
          />
          <SelectField
            label="Channel"
            field="channel"
            value={fields.channel}
            onChange={set('channel')}
            values={CHANNELS}
          />
          <TextField
            label="Category"
            field="category"
            value={fields.category}
            onChange={set('category')}
            multiline={false}
            placeholder="vehicle_breakdown"
          />
          <SelectField
            label="Severity"
            field="severity"
            value={fields.severity}
            onChange={set('severity')}
            values={SEVERITIES}
          />
          <TextField
            label="Customer reference"
            field="customerRef"
            value={fields.customerRef}
            onChange={set('customerRef')}
            multiline={false}
            maxLength={FIELD_LIMITS.customerRef}
          />
          {ownSites.length > 0 ? (
            <SelectField
              label="Site"
              field="site"
              value={fields.site}
              onChange={set('site')}
              values={ownSites}
            />
          ) : (
            <TextField
              label="Site"
              field="site"
              value={fields.site}
              onChange={set('site')}
              multiline={false}
              maxLength={FIELD_LIMITS.site}
            />
          )}
        </div>
        <TextField
          label="Summary"
          field="summary"
          value={fields.summary}
          onChange={set('summary')}
          multiline={false}
          maxLength={FIELD_LIMITS.summary}
        />
        <TextField
          label="Details"
          field="details"
          value={fields.details}
          onChange={set('details')}
          required={false}
          maxLength={FIELD_LIMITS.text}
        />
      </CommandErrorContext.Provider>
      <PolicyPreview category={fields.category} severity={fields.severity} site={fields.site} />
      {unplaced && (
        <p role="alert" className="error">
          {describeFailure(open.error)}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={open.isPending}>
          Open incident
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
