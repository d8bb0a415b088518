import { useState } from 'react';
import {
  RESOLUTION_OUTCOMES,
  SERVICE_LEVELS,
  type ServiceLevel,
} from '@recovery/domain/incident/incident-vocabulary';
import { type FeedbackBody, type ResolveBody } from '../../api/incident-command-types';
import { SelectField, TextField } from '../../ui/fields';
import { InlineAction } from './InlineAction';
import { type ActionProps } from './SimpleActions';
import { useIncidentCommand } from './useIncidentCommand';

const SCORES = ['1', '2', '3', '4', '5'] as const;

export function ResolveAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<ResolveBody>(incidentId, 'resolve');
  const [outcome, setOutcome] = useState<ResolveBody['outcome']>('fixed');
  const [summary, setSummary] = useState('');
  return (
    <InlineAction
      name="Resolve"
      submitLabel="Save resolution"
      command={command}
      body={() => ({ outcome, summary })}
      describeResult={() => 'Resolved; the customer will be asked how it went.'}
    >
      <SelectField
        label="Outcome"
        field="outcome"
        value={outcome}
        onChange={setOutcome}
        values={RESOLUTION_OUTCOMES}
      />
      <TextField label="Summary" field="summary" value={summary} onChange={setSummary} />
    </InlineAction>
  );
}

/** The customer's answer on the five levels of DOMAIN.md §6, with a score of 1–5. */
export function FeedbackAction({ incidentId }: ActionProps) {
  const command = useIncidentCommand<FeedbackBody>(incidentId, 'feedback');
  const [level, setLevel] = useState<ServiceLevel>('met');
  const [score, setScore] = useState('2');
  const [comment, setComment] = useState('');
  const chooseLevel = (value: string) => {
    setLevel(value as ServiceLevel);
    // The levels run from 1 (below) to 5 (amazed); the score follows unless changed.
    setScore(String(SERVICE_LEVELS.indexOf(value as ServiceLevel) + 1));
  };
  const body = (): FeedbackBody => ({
    level,
    score: Number(score),
    ...(comment ? { comment } : {}),
  });
  return (
    <InlineAction
      name="Record feedback"
      submitLabel="Save feedback"
      command={command}
      body={body}
      describeResult={() => 'Feedback recorded.'}
    >
      <SelectField
        label="Level"
        field="level"
        value={level}
        onChange={chooseLevel}
        values={SERVICE_LEVELS}
      />
      <SelectField label="Score" field="score" value={score} onChange={setScore} values={SCORES} />
      <TextField
        label="Comment"
        field="comment"
        value={comment}
        onChange={setComment}
        required={false}
      />
    </InlineAction>
  );
}
