import { type ReactNode, useId } from 'react';
import { ApiProblem } from '../../api/problem';

interface FieldProps {
  label: string;
  /** The body field the API names in its errors (`fieldMessage`). */
  field: string;
  error: Error | null;
  hint?: ReactNode;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/** A labelled control with its hint and the API's message for its field, tied by aria-describedby. */
export function Field({ label, field, error, hint, children }: FieldProps) {
  const id = useId();
  const message = error instanceof ApiProblem ? error.fieldMessage(field) : undefined;
  const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="stack field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-invalid': message !== undefined,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {message && (
        <span id={`${id}-error`} className="field-error">
          {message}
        </span>
      )}
    </div>
  );
}

/** Options of a select from a vocabulary: the slug as value, in words as text. */
export function Options({ values }: { values: readonly string[] }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {value.replaceAll('_', ' ')}
    </option>
  ));
}

interface TextProps {
  label: string;
  field: string;
  error: Error | null;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
}

/** A labelled multi-line text field with the API's message for it. */
export function TextAreaField({
  label,
  field,
  error,
  value,
  onChange,
  required = true,
  hint,
}: TextProps) {
  return (
    <Field label={label} field={field} error={error} hint={hint}>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled one-line text field with the API's message for it. */
export function TextField({
  label,
  field,
  error,
  value,
  onChange,
  required = true,
  hint,
}: TextProps) {
  return (
    <Field label={label} field={field} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="text"
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled select over a vocabulary with the API's message for it. */
export function SelectField(props: Omit<TextProps, 'required'> & { values: readonly string[] }) {
  const { label, field, error, value, onChange, hint, values } = props;
  return (
    <Field label={label} field={field} error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <Options values={values} />
        </select>
      )}
    </Field>
  );
}
