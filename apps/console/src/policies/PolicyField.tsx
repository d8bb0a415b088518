import { type FieldError } from '../api/problem';
import { messageForField } from './field-errors';

/** One input of the policy form, named by its document path, with the API's message beside it. */
export function PolicyField(props: {
  label: string;
  path: string;
  value: string;
  errors: readonly FieldError[];
  onChange: (value: string) => void;
  /** Numbers are typed as text, so whatever was typed reaches the API, which names what is wrong. */
  type?: 'text' | 'number';
  hint?: string;
}) {
  const id = `policy-${props.path.replaceAll('.', '-')}`;
  const message = messageForField(props.errors, props.path);
  const describedBy = [props.hint && `${id}-hint`, message && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <label htmlFor={id}>
      {props.label}
      <input
        id={id}
        name={props.path}
        type="text"
        inputMode={props.type === 'number' ? 'decimal' : undefined}
        value={props.value}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.hint && (
        <span id={`${id}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      {message && (
        <span id={`${id}-error`} className="field-error">
          {message}
        </span>
      )}
    </label>
  );
}
