import { type FieldError } from '../api/problem';

/** The whole policy document as JSON, with the API's field errors listed under it by path. */
export function JsonEditor(props: {
  value: string;
  onChange: (value: string) => void;
  parseError: string | null;
  errors: readonly FieldError[];
}) {
  const invalid = props.parseError !== null || props.errors.length > 0;
  return (
    <label>
      Policy document (JSON)
      <textarea
        rows={24}
        spellCheck={false}
        value={props.value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? 'policy-json-errors' : undefined}
        onChange={(event) => props.onChange(event.target.value)}
        style={{ fontFamily: 'ui-monospace, monospace', fontSize: '0.9rem' }}
      />
      {invalid && (
        <span id="policy-json-errors" className="field-error">
          {props.parseError ??
            props.errors
              .map((error) => `${error.field || 'document'}: ${error.message}`)
              .join('; ')}
        </span>
      )}
    </label>
  );
}
