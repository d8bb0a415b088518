import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../api/http';
import { ApiProblem, describeFailure, type FieldError } from '../api/problem';
import { type PolicyCreated, type PolicyDocument, type PolicyVersion } from '../api/policy-types';
import { withValueAt } from './draft-path';
import { errorsOutside } from './field-errors';
import { JsonEditor } from './JsonEditor';
import { PolicyForm } from './PolicyForm';
import { formFieldPaths } from './policy-form-fields';

type Mode = 'form' | 'json';

/** A new version of a policy, from the form or as JSON, validated by the API (POST /v1/policies). */
export function NewVersionEditor({ base }: { base: PolicyVersion }) {
  const [mode, setMode] = useState<Mode>('form');
  const [draft, setDraft] = useState<PolicyDocument>(base.document);
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const queries = useQueryClient();
  const save = useMutation({
    mutationFn: (document: unknown) =>
      apiRequest<PolicyCreated>('/v1/policies', { method: 'POST', body: document }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['policies'] }),
  });
  const errors: FieldError[] = save.error instanceof ApiProblem ? save.error.errors : [];

  const switchTo = (next: Mode) => {
    if (next === 'json') {
      setJson(JSON.stringify(draft, null, 2));
      setJsonError(null);
      setMode(next);
      return;
    }
    const parsed = parseDocument(json);
    if (typeof parsed === 'string') return setJsonError(parsed);
    setDraft(parsed);
    setMode(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const document = mode === 'form' ? draft : parseDocument(json);
    if (typeof document === 'string') return setJsonError(document);
    if (mode === 'json') setDraft(document);
    save.mutate(document);
  };

  return (
    <section className="card stack" aria-labelledby="new-version-title">
      <h2 id="new-version-title">New version of {base.key}</h2>
      <p className="hint">
        Starts from v{base.version}. Saving stores the next version; running incidents keep theirs.
      </p>
      <form className="stack" noValidate onSubmit={submit} aria-labelledby="new-version-title">
        <ModeChoice mode={mode} onChange={switchTo} />
        {mode === 'form' ? (
          <PolicyForm
            draft={draft}
            errors={errors}
            onChange={(path, value) => setDraft((current) => withValueAt(current, path, value))}
          />
        ) : (
          <JsonEditor value={json} onChange={setJson} parseError={jsonError} errors={errors} />
        )}
        {mode === 'form' && <OtherErrors errors={errorsOutside(errors, formFieldPaths(draft))} />}
        {save.isError && (
          <p className="error" role="alert">
            {errors.length > 0
              ? 'The policy was not saved: correct the fields marked below or above.'
              : describeFailure(save.error)}
          </p>
        )}
        {save.isSuccess && (
          <p role="status">
            Saved as {save.data.key} v{save.data.version}.
          </p>
        )}
        <div className="row">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save version'}
          </button>
        </div>
      </form>
    </section>
  );
}

function ModeChoice({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  return (
    <fieldset className="row">
      <legend>Edit as</legend>
      {(['form', 'json'] as const).map((each) => (
        <label key={each} className="inline">
          <input
            type="radio"
            name="edit-mode"
            value={each}
            checked={mode === each}
            onChange={() => onChange(each)}
          />
          {each === 'form' ? 'Form' : 'JSON'}
        </label>
      ))}
    </fieldset>
  );
}

function OtherErrors({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="error" aria-label="Other fields the API refused">
      {errors.map((error) => (
        <li key={`${error.field}-${error.message}`}>
          <code>{error.field || 'document'}</code>: {error.message} (edit it as JSON)
        </li>
      ))}
    </ul>
  );
}

/** The editor's text as a document object, or why it is not one. */
function parseDocument(text: string): PolicyDocument | string {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return 'The document must be a JSON object.';
    return value as PolicyDocument;
  } catch (error) {
    return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}
