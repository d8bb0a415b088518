import { ESCALATION_TARGETS } from '../api/policy-types';
import { messageForField } from './field-errors';
import { PolicyField } from './PolicyField';
import {
  fieldText,
  listOf,
  NEW_RUNG,
  type PolicyFormProps,
  withoutItem,
} from './policy-form-fields';

/** The escalation ladder: each rung's delay and whom it notifies, rungs added and removed. */
export function EscalationFields({ draft, errors, onChange }: PolicyFormProps) {
  const rungs = listOf(draft.escalation);
  const ladderMessage = messageForField(errors, 'escalation');
  return (
    <fieldset className="stack">
      <legend>Escalation ladder (after: a duration from the missed deadline)</legend>
      {ladderMessage && <p className="field-error">{ladderMessage}</p>}
      {rungs.map((rung, index) => {
        const toPath = `escalation.${index}.to`;
        const toMessage = messageForField(errors, toPath);
        return (
          <fieldset key={index} className="row">
            <legend>Rung {index + 1}</legend>
            <PolicyField
              path={`escalation.${index}.after`}
              label="After"
              value={fieldText(rung.after)}
              errors={errors}
              onChange={(value) => onChange(`escalation.${index}.after`, value)}
            />
            <label>
              Notify
              <select
                name={toPath}
                value={fieldText(rung.to)}
                aria-invalid={toMessage ? true : undefined}
                onChange={(event) => onChange(toPath, event.target.value)}
              >
                {ESCALATION_TARGETS.map((target) => (
                  <option key={target}>{target}</option>
                ))}
              </select>
              {toMessage && <span className="field-error">{toMessage}</span>}
            </label>
            <button
              type="button"
              className="quiet"
              onClick={() => onChange('escalation', withoutItem(rungs, index))}
            >
              Remove rung {index + 1}
            </button>
          </fieldset>
        );
      })}
      <div className="row">
        <button
          type="button"
          className="quiet"
          onClick={() => onChange('escalation', [...rungs, NEW_RUNG])}
        >
          Add rung
        </button>
      </div>
    </fieldset>
  );
}
