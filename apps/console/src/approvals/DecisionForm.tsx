import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import { type DecisionBody } from '../api/approval-types';
import { apiRequest } from '../api/http';
import { type InboxItem } from '../api/incident-types';
import { isAlreadyDecided, refusalText } from './decision-wording';

/** The page's keyboard hint, referenced by every Reason field. */
export const DECISION_KEYS_HINT_ID = 'decision-keys-hint';

interface DecisionFormProps {
  item: InboxItem;
  reasonRef: RefObject<HTMLInputElement | null>;
  /** The decision was recorded. */
  onDecided: (decision: DecisionBody['decision']) => void;
  /** Someone decided first: the row now says who. */
  onAlreadyDecided: () => void;
}

/**
 * A Reason with Approve and Deny. Enter in Reason approves (the form's submit);
 * Deny is one Tab away. A retry of the same decision reuses its Idempotency-Key,
 * so a lost answer never decides twice.
 */
export function DecisionForm({ item, reasonRef, onDecided, onAlreadyDecided }: DecisionFormProps) {
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const errorId = useId();
  const keys = useRef(new Map<string, string>());
  const queries = useQueryClient();
  const decide = useMutation({
    mutationFn: (body: DecisionBody) =>
      apiRequest(`/v1/approvals/${item.approvalId}/decision`, {
        method: 'POST',
        body,
        idempotencyKey: idempotencyKeyFor(keys.current, body),
      }),
    onSuccess: (_result, body) => onDecided(body.decision),
    onError: (error) => {
      if (isAlreadyDecided(error)) onAlreadyDecided();
    },
    onSettled: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: ['approvals'] }),
        queries.invalidateQueries({ queryKey: ['incident', item.incidentId] }),
      ]),
  });
  const submit = (decision: DecisionBody['decision']) => {
    const trimmed = reason.trim();
    setMissingReason(trimmed === '');
    if (trimmed === '') {
      reasonRef.current?.focus();
      return;
    }
    decide.mutate({ decision, reason: trimmed });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit('approve');
  };
  const failure =
    decide.isError && !isAlreadyDecided(decide.error) ? refusalText(decide.error) : null;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <label>
        Reason
        <input
          ref={reasonRef}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoComplete="off"
          aria-invalid={missingReason}
          aria-describedby={`${missingReason ? errorId : ''} ${DECISION_KEYS_HINT_ID}`.trim()}
        />
      </label>
      {missingReason && (
        <p id={errorId} className="field-error">
          Give a reason: the requester and the audit read it.
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={decide.isPending}>
          Approve
        </button>
        <button
          type="button"
          className="quiet"
          disabled={decide.isPending}
          onClick={() => submit('deny')}
        >
          Deny
        </button>
      </div>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}

/** One key per distinct decision: the same decision and reason retried is the same command. */
function idempotencyKeyFor(keys: Map<string, string>, body: DecisionBody): string {
  const id = `${body.decision}\n${body.reason}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = crypto.randomUUID();
    keys.set(id, key);
  }
  return key;
}
