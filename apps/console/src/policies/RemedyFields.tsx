import { messageForField } from './field-errors';
import { PolicyField } from './PolicyField';
import {
  fieldText,
  listOf,
  newRemedy,
  numberInput,
  type PolicyFormProps,
  REMEDY_FIELDS,
  withoutItem,
} from './policy-form-fields';

/** The remedy rules: each one's type, limits and currency, rules added and removed. */
export function RemedyFields({ draft, errors, onChange }: PolicyFormProps) {
  const remedies = listOf(draft.remedies);
  const listMessage = messageForField(errors, 'remedies');
  return (
    <fieldset className="stack">
      <legend>Remedies (limits in major units: 25 = 25 EUR)</legend>
      {listMessage && <p className="field-error">{listMessage}</p>}
      {remedies.map((remedy, index) => (
        <fieldset key={index} className="row">
          <legend>
            Remedy {index + 1}: {fieldText(remedy.type)}
          </legend>
          {REMEDY_FIELDS.map((each) => {
            const path = `remedies.${index}.${each.name}`;
            return (
              <PolicyField
                key={path}
                path={path}
                label={each.label}
                type={each.type}
                value={fieldText(remedy[each.name])}
                errors={errors}
                onChange={(value) =>
                  onChange(path, each.type === 'number' ? numberInput(value) : value)
                }
              />
            );
          })}
          <button
            type="button"
            className="quiet"
            onClick={() => onChange('remedies', withoutItem(remedies, index))}
          >
            Remove remedy {index + 1}
          </button>
        </fieldset>
      ))}
      <div className="row">
        <button
          type="button"
          className="quiet"
          onClick={() => onChange('remedies', [...remedies, newRemedy(draft)])}
        >
          Add remedy
        </button>
      </div>
    </fieldset>
  );
}
