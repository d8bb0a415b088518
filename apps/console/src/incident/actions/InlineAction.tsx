import { type ReactNode, useId, useState } from 'react';
import { ApiProblem, describeFailure } from '../../api/problem';
import { CommandErrorContext } from '../../ui/fields';
import { type IncidentCommand } from './useIncidentCommand';

interface InlineActionProps<Body, Result> {
  /** The button's accessible name, exactly as the issue lists it. */
  name: string;
  /** Must not contain `name`, so the opener stays the only button by that name. */
  submitLabel: string;
  command: IncidentCommand<Body, Result>;
  body: () => Body;
  /** What to tell the person once the workflow took it. */
  describeResult?: (result: Result) => string;
  children?: ReactNode;
}

/** A button that opens a small form beside it; the workflow's refusal shows next to the form. */
export function InlineAction<Body, Result>(props: InlineActionProps<Body, Result>) {
  const { name, submitLabel, command, body, describeResult, children } = props;
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const formId = useId();
  const toggle = () => {
    setOpen(!open);
    setDone(null);
    command.reset();
  };
  const submit = () =>
    command.mutate(body(), {
      onSuccess: (result) => {
        setOpen(false);
        setDone(describeResult ? describeResult(result) : `${name}: done.`);
      },
    });
  return (
    <div className="inline-action">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={toggle}
      >
        {name}
      </button>
      {done && (
        <p role="status" className="hint">
          {done}
        </p>
      )}
      {open && (
        <form
          id={formId}
          aria-label={name}
          className="action-form stack"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <CommandErrorContext.Provider value={command.error}>
            {children}
          </CommandErrorContext.Provider>
          {command.error && <Refusal error={command.error} />}
          <div className="row">
            <button type="submit" disabled={command.isPending}>
              {command.isPending ? 'Sending…' : submitLabel}
            </button>
            <button type="button" className="quiet" onClick={toggle}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function Refusal({ error }: { error: Error }) {
  const named = error instanceof ApiProblem && error.errors.length > 0;
  return (
    <p role="alert" className="error">
      {describeFailure(error)}
      {named && ' See the fields above.'}
    </p>
  );
}
