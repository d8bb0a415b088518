import { useState } from 'react';
import { type RemedyBody } from '../../api/incident-command-types';
import { type RemedyRule } from '../../api/policy-types';
import { describeFailure } from '../../api/problem';
import { useCurrentUser } from '../../session/SessionGate';
import { usePolicyVersion } from '../incident-queries';
import { Field, SelectField, TextField } from '../../ui/fields';
import { InlineAction } from './InlineAction';
import { remedyLimitText } from './remedy-limit';
import { type ActionProps } from './SimpleActions';
import { useIncidentCommand } from './useIncidentCommand';

interface RemedyProposal {
  status: 'approved' | 'pending_approval';
}

/** Proposes a remedy from the pinned policy version, saying the caller's limit before they submit. */
export function ProposeRemedyAction({
  incidentId,
  policy,
}: ActionProps & { policy: { key: string; version: number } }) {
  const version = usePolicyVersion(policy.key, policy.version);
  const rules = version.data?.document.remedies ?? [];
  const command = useIncidentCommand<RemedyBody, RemedyProposal>(incidentId, 'remedies');
  const [type, setType] = useState('');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const rule = rules.find((each) => each.type === type) ?? rules[0];
  const body = (): RemedyBody => ({
    type: rule?.type ?? type,
    amount: Number(amount),
    currency: rule?.currency ?? '',
    description,
  });
  return (
    <InlineAction
      name="Propose remedy"
      submitLabel="Send proposal"
      command={command}
      body={body}
      describeResult={(result) =>
        result.status === 'approved'
          ? 'Remedy granted at once.'
          : 'Remedy sent for approval: a supervisor decides.'
      }
    >
      {version.isError && (
        <p className="error">
          The policy's limits cannot be shown: {describeFailure(version.error)}
        </p>
      )}
      {version.isPending && <p className="hint">Loading the policy's limits…</p>}
      {rule && (
        <>
          <SelectField
            label="Remedy type"
            field="type"
            value={rule.type}
            onChange={setType}
            values={rules.map((each) => each.type)}
          />
          <AmountField rule={rule} value={amount} onChange={setAmount} />
          <TextField
            label="Description"
            field="description"
            value={description}
            onChange={setDescription}
          />
        </>
      )}
      {version.isSuccess && !rule && (
        <p className="hint">This policy version offers no remedies.</p>
      )}
    </InlineAction>
  );
}

function AmountField(props: {
  rule: RemedyRule;
  value: string;
  onChange: (value: string) => void;
}) {
  const { role } = useCurrentUser();
  const { rule } = props;
  return (
    <Field
      label={`Amount (${rule.currency})`}
      field="amount"
      hint={`Your limit: ${remedyLimitText(role, rule)}`}
    >
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          required
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
