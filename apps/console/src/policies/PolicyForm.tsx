import { type FieldError } from '../api/problem';
import { ESCALATION_TARGETS, type PolicyDocument } from '../api/policy-types';
import { messageForField } from './field-errors';
import { valueAt } from './draft-path';
import { PolicyField } from './PolicyField';
import {
  DURATION_FIELDS,
  DURATION_HINT,
  listOf,
  numberInput,
  REMEDY_FIELDS,
} from './policy-form-fields';

interface FormProps {
  draft: PolicyDocument;
  errors: readonly FieldError[];
  onChange: (path: string, value: unknown) => void;
}

// A JSON edit may leave any value at a path; the input shows it as JSON then, not "[object Object]".
const text = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
};

/** The main fields of a policy document as a form; the JSON editor covers the rest. */
export function PolicyForm({ draft, errors, onChange }: FormProps) {
  const field = (path: string, label: string, hint?: string) => (
    <PolicyField
      key={path}
      path={path}
      label={label}
      value={text(valueAt(draft, path))}
      errors={errors}
      onChange={(value) =>
        onChange(path, value === '' && path === 'confirmPromiseWithin' ? undefined : value)
      }
      {...(hint ? { hint } : {})}
    />
  );
  return (
    <div className="stack">
      {field('title', 'Title')}
      {field('description', 'Description')}
      <fieldset className="row">
        <legend>Deadlines ({DURATION_HINT})</legend>
        {DURATION_FIELDS.map((each) => field(each.path, each.label))}
      </fieldset>
      <EscalationFields draft={draft} errors={errors} onChange={onChange} />
      <RemedyFields draft={draft} errors={errors} onChange={onChange} />
    </div>
  );
}

function EscalationFields({ draft, errors, onChange }: FormProps) {
  return (
    <fieldset className="stack">
      <legend>Escalation ladder (after: a duration from the missed deadline)</legend>
      {listOf(draft.escalation).map((rung, index) => {
        const toPath = `escalation.${index}.to`;
        const toMessage = messageForField(errors, toPath);
        return (
          <fieldset key={index} className="row">
            <legend>Rung {index + 1}</legend>
            <PolicyField
              path={`escalation.${index}.after`}
              label="After"
              value={text(rung.after)}
              errors={errors}
              onChange={(value) => onChange(`escalation.${index}.after`, value)}
            />
            <label>
              Notify
              <select
                name={toPath}
                value={text(rung.to)}
                aria-invalid={toMessage ? true : undefined}
                onChange={(event) => onChange(toPath, event.target.value)}
              >
                {ESCALATION_TARGETS.map((target) => (
                  <option key={target}>{target}</option>
                ))}
              </select>
              {toMessage && <span className="field-error">{toMessage}</span>}
            </label>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

function RemedyFields({ draft, errors, onChange }: FormProps) {
  return (
    <fieldset className="stack">
      <legend>Remedies (limits in major units: 25 = 25 EUR)</legend>
      {listOf(draft.remedies).map((remedy, index) => (
        <fieldset key={index} className="row">
          <legend>
            Remedy {index + 1}: {text(remedy.type)}
          </legend>
          {REMEDY_FIELDS.map((each) => {
            const path = `remedies.${index}.${each.name}`;
            return (
              <PolicyField
                key={path}
                path={path}
                label={each.label}
                type={each.type}
                value={text(remedy[each.name])}
                errors={errors}
                onChange={(value) =>
                  onChange(path, each.type === 'number' ? numberInput(value) : value)
                }
              />
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}
