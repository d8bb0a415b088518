import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { describeFailure } from '../../api/problem';
import { isAuthorizationResponse, withoutAuthorizationResponse } from './authorization-response';
import { beginOidcSignIn, completeOidcSignIn, type OidcOptions } from './oidc-sign-in';

/**
 * Sign-in with the organisation's identity provider: the button that starts
 * it and, when the provider has sent the browser back, the completion.
 */
export function OrganisationSignIn({ oidc }: { oidc: OidcOptions }) {
  const completion = useCompletion();
  const begin = useMutation({ mutationFn: () => beginOidcSignIn(oidc) });
  const failure = begin.isError ? describeFailure(begin.error) : completion.failure;
  return (
    <section className="card stack" aria-labelledby="organisation-sign-in">
      <h2 id="organisation-sign-in">Your organisation’s account</h2>
      {completion.pending && <p role="status">Signing in…</p>}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <button
        type="button"
        onClick={() => begin.mutate()}
        disabled={completion.pending || begin.isPending}
      >
        Sign in with your organisation
      </button>
    </section>
  );
}

/** Completes the sign-in when this page load is the provider's redirect back. */
function useCompletion(): { pending: boolean; failure?: string } {
  // Read once, before the effect takes the answer out of the address bar.
  const [answer] = useState(() => new URLSearchParams(window.location.search));
  const returning = isAuthorizationResponse(answer);
  const [state, setState] = useState<{ pending: boolean; failure?: string }>({
    pending: returning,
  });
  useEffect(() => {
    if (!returning) return;
    window.history.replaceState(null, '', withoutAuthorizationResponse(window.location.href));
    completeOidcSignIn(answer).then(
      // A fresh load, so the router starts from the path the person signed in from.
      (returnTo) => window.location.replace(returnTo),
      (error: unknown) => setState({ pending: false, failure: describeFailure(error) }),
    );
  }, [answer, returning]);
  return state;
}
