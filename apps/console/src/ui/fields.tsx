import { createContext, type ReactNode, useContext, useId } from 'react';
import { ApiProblem } from '../api/problem';

/** The failure of the form's last submission, so each field finds the API's message for itself. */
export const CommandErrorContext = createContext<Error | null>(null);

interface FieldProps {
  label: string;
  /** The body field the API names in its errors (`fieldMessage`). */
  field: string;
  hint?: ReactNode;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

/** A labelled control with its hint and the API's message for its field, tied by aria-describedby. */
export function Field({ label, field, hint, children }: FieldProps) {
  const id = useId();
  const error = useContext(CommandErrorContext);
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

interface TextFieldProps {
  label: string;
  field: string;
  value: string;
  onChange: (value: string) => void;
  /** Several lines for notes and summaries, one for ids. */
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  hint?: ReactNode;
}

/** A labelled text field with the API's message for it. */
export function TextField({
  multiline = true,
  required = true,
  maxLength,
  placeholder,
  value,
  onChange,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) => {
        const props = { ...control, required, value, maxLength, placeholder };
        return multiline ? (
          <textarea {...props} rows={3} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...props} type="text" onChange={(event) => onChange(event.target.value)} />
        );
      }}
    </Field>
  );
}

interface SelectFieldProps<Value extends string> {
  label: string;
  field: string;
  value: Value;
  onChange: (value: Value) => void;
  /** A vocabulary: each slug is a value, shown in words. */
  values: readonly Value[];
  hint?: ReactNode;
  autoFocus?: boolean;
}

/** A labelled select over a vocabulary with the API's message for it. */
export function SelectField<Value extends string>({
  value,
  onChange,
  values,
  autoFocus,
  ...field
}: SelectFieldProps<Value>) {
  return (
    <Field {...field}>
      {(control) => (
        // The options are exactly `values`, so the chosen one is a Value.
        <select
          {...control}
          autoFocus={autoFocus}
          value={value}
          onChange={(event) => onChange(event.target.value as Value)}
        >
          {values.map((each) => (
            <option key={each} value={each}>
              {each.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
