import { AppliesToFields } from './AppliesToFields';
import { valueAt } from './draft-path';
import { EscalationFields } from './EscalationFields';
import { PolicyField } from './PolicyField';
import {
  DURATION_FIELDS,
  DURATION_HINT,
  fieldText,
  type PolicyFormProps,
} from './policy-form-fields';
import { RemedyFields } from './RemedyFields';

/** The fields of a policy document as a form; the JSON editor covers the rest (clocks, business hours). */
export function PolicyForm({ draft, errors, onChange }: PolicyFormProps) {
  const field = (path: string, label: string, hint?: string) => (
    <PolicyField
      key={path}
      path={path}
      label={label}
      value={fieldText(valueAt(draft, path))}
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
      <AppliesToFields draft={draft} errors={errors} onChange={onChange} />
      <fieldset className="row">
        <legend>Deadlines ({DURATION_HINT})</legend>
        {DURATION_FIELDS.map((each) => field(each.path, each.label))}
      </fieldset>
      <EscalationFields draft={draft} errors={errors} onChange={onChange} />
      <RemedyFields draft={draft} errors={errors} onChange={onChange} />
    </div>
  );
}
