import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../api/http';
import { ApiProblem, describeFailure } from '../api/problem';
import { ROLES, type Role, type SignInOptions } from '../api/session-types';
import { OrganisationSignIn } from './oidc/OrganisationSignIn';
import { startSession } from './session-store';

interface DevelopmentToken {
  token: string;
  expiresAt: string;
}

/** The first screen: development sign-in outside production, the organisation's identity provider in it. */
export function SignInPage({ failure }: { failure?: string }) {
  const options = useQuery({
    queryKey: ['sign-in-options'],
    queryFn: () => apiRequest<SignInOptions>('/v1/auth/config'),
  });
  return (
    <main className="sign-in">
      <h1>Service recovery console</h1>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {options.isPending && <p role="status">Loading…</p>}
      {options.isError && (
        <p role="alert" className="error">
          {describeFailure(options.error)}
        </p>
      )}
      {options.data?.oidc && <OrganisationSignIn oidc={options.data.oidc} />}
      {options.data?.developmentSignIn && <DevelopmentSignIn />}
      {options.data && !options.data.developmentSignIn && !options.data.oidc && (
        <p role="alert">No sign-in is configured: set AUTH_ISSUER and AUTH_CLIENT_ID.</p>
      )}
    </main>
  );
}

function DevelopmentSignIn() {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('frontline');
  const [sites, setSites] = useState('AMS');
  const signIn = useMutation({
    mutationFn: () =>
      apiRequest<DevelopmentToken>('/v1/auth/development-token', {
        method: 'POST',
        body: { name, role, sites: sites.split(/[\s,]+/).filter(Boolean) },
      }),
    onSuccess: ({ token, expiresAt }) => startSession({ token, expiresAt, method: 'development' }),
  });
  const problem = signIn.error instanceof ApiProblem ? signIn.error : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <form onSubmit={submit} className="card stack" aria-labelledby="development-sign-in">
      <h2 id="development-sign-in">Development sign-in</h2>
      <p className="hint">Not available in production. Pick any name, role and sites.</p>
      <label>
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          autoFocus
          autoComplete="name"
          aria-invalid={Boolean(problem?.fieldMessage('name'))}
        />
      </label>
      {problem?.fieldMessage('name') && (
        <span className="field-error">{problem.fieldMessage('name')}</span>
      )}
      <label>
        Role
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sites
        <input
          value={sites}
          onChange={(e) => setSites(e.target.value)}
          required
          aria-describedby="sites-hint"
          aria-invalid={Boolean(problem?.fieldMessage('sites'))}
        />
      </label>
      <span id="sites-hint" className="hint">
        Site codes separated by commas, or * for every site.
      </span>
      {problem?.fieldMessage('sites') && (
        <span className="field-error">{problem.fieldMessage('sites')}</span>
      )}
      {signIn.isError && !problem?.errors.length && (
        <p role="alert" className="error">
          {describeFailure(signIn.error)}
        </p>
      )}
      <button type="submit" disabled={signIn.isPending}>
        Sign in
      </button>
    </form>
  );
}
