import { useState } from 'react';
import { SEVERITIES } from '@recovery/domain/incident/incident-vocabulary';
import { type FieldError } from '../api/problem';
import { type PolicyDocument } from '../api/policy-types';
import { categoriesFromText, severitiesWith, stringsAt } from './applies-to';
import { messageForField } from './field-errors';
import { PolicyField } from './PolicyField';

const SEVERITIES_ERROR_ID = 'policy-appliesTo-severities-error';

interface AppliesToProps {
  draft: PolicyDocument;
  errors: readonly FieldError[];
  onChange: (path: string, value: unknown) => void;
}

/** Which incidents the policy governs: categories typed as a list, severities ticked; empty means every one. */
export function AppliesToFields({ draft, errors, onChange }: AppliesToProps) {
  // The text as typed: parsing each keystroke into a list would swallow a trailing comma.
  const [categories, setCategories] = useState(() =>
    stringsAt(draft, 'appliesTo.categories').join(', '),
  );
  const severities = stringsAt(draft, 'appliesTo.severities');
  const severityMessage = messageForField(errors, 'appliesTo.severities');
  return (
    <fieldset className="stack">
      <legend>Applies to (left empty: every category, every severity)</legend>
      <PolicyField
        path="appliesTo.categories"
        label="Categories"
        hint="Category slugs separated by commas, such as vehicle_breakdown, lost_luggage"
        value={categories}
        errors={errors}
        onChange={(text) => {
          setCategories(text);
          onChange('appliesTo.categories', categoriesFromText(text));
        }}
      />
      <fieldset
        className="row"
        aria-describedby={severityMessage ? SEVERITIES_ERROR_ID : undefined}
      >
        <legend>Severities</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} className="inline">
            <input
              type="checkbox"
              name="appliesTo.severities"
              value={severity}
              checked={severities.includes(severity)}
              onChange={(event) =>
                onChange(
                  'appliesTo.severities',
                  severitiesWith(severities, severity, event.target.checked),
                )
              }
            />
            {severity}
          </label>
        ))}
        {severityMessage && (
          <span id={SEVERITIES_ERROR_ID} className="field-error">
            {severityMessage}
          </span>
        )}
      </fieldset>
    </fieldset>
  );
}
