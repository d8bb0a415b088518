import {
  CHANNELS,
  INCIDENT_KINDS,
  SEVERITIES,
} from '@recovery/domain/incident/incident-vocabulary';
import { FIELD_LIMITS } from '@recovery/domain/incident/field-limits';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cloneElement, type FormEvent, type ReactElement, useState } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest } from '../api/http';
import { ApiProblem, describeFailure } from '../api/problem';
import { useCurrentUser } from '../session/SessionGate';
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
  const user = useCurrentUser();
  const ownSites = user.sites.filter((site) => site !== '*');
  const [fields, setFields] = useState<Fields>({ ...EMPTY, site: ownSites[0] ?? '' });
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
  const problem = open.error instanceof ApiProblem ? open.error : undefined;
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));
  const field = (name: keyof Fields, label: string, control: ReactElement) => (
    <Field name={name} label={label} error={problem?.fieldMessage(name)}>
      {control}
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  return (
    <form
      className="card stack open-incident"
      onSubmit={submit}
      aria-labelledby="open-incident-title"
    >
      <h2 id="open-incident-title">Open an incident</h2>
      <div className="form-grid">
        {field(
          'kind',
          'Kind',
          <Choice
            id="kind"
            value={fields.kind}
            onChange={set('kind')}
            options={INCIDENT_KINDS}
            autoFocus
          />,
        )}
        {field(
          'channel',
          'Channel',
          <Choice
            id="channel"
            value={fields.channel}
            onChange={set('channel')}
            options={CHANNELS}
          />,
        )}
        {field(
          'category',
          'Category',
          <input
            id="category"
            value={fields.category}
            onChange={set('category')}
            required
            placeholder="vehicle_breakdown"
          />,
        )}
        {field(
          'severity',
          'Severity',
          <Choice
            id="severity"
            value={fields.severity}
            onChange={set('severity')}
            options={SEVERITIES}
          />,
        )}
        {field(
          'customerRef',
          'Customer reference',
          <input
            id="customerRef"
            value={fields.customerRef}
            onChange={set('customerRef')}
            required
            maxLength={FIELD_LIMITS.customerRef}
          />,
        )}
        {field(
          'site',
          'Site',
          ownSites.length > 0 ? (
            <Choice id="site" value={fields.site} onChange={set('site')} options={ownSites} />
          ) : (
            <input
              id="site"
              value={fields.site}
              onChange={set('site')}
              required
              maxLength={FIELD_LIMITS.site}
            />
          ),
        )}
      </div>
      {field(
        'summary',
        'Summary',
        <input
          id="summary"
          value={fields.summary}
          onChange={set('summary')}
          required
          maxLength={FIELD_LIMITS.summary}
        />,
      )}
      {field(
        'details',
        'Details',
        <textarea
          id="details"
          value={fields.details}
          onChange={set('details')}
          rows={3}
          maxLength={FIELD_LIMITS.text}
        />,
      )}
      <PolicyPreview category={fields.category} severity={fields.severity} site={fields.site} />
      {open.isError && !problem?.errors.length && (
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

function Field({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: ReactElement;
}) {
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {cloneElement(children as ReactElement<Record<string, unknown>>, {
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function Choice(props: {
  id: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  options: readonly string[];
  autoFocus?: boolean;
}) {
  return (
    <select id={props.id} value={props.value} onChange={props.onChange} autoFocus={props.autoFocus}>
      {props.options.map((option) => (
        <option key={option} value={option}>
          {option.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}
