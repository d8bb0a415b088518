import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import { apiRequest } from '../api/http';
import { describeFailure } from '../api/problem';
import { type CurrentUser, type Permission } from '../api/session-types';
import { useSessionLifetime } from './session-lifetime';
import { currentSession, endSession, sessionEnd, subscribeToSession } from './session-store';
import { endProviderSession } from './oidc/oidc-sign-out';
import { SignInPage } from './SignInPage';

const CurrentUserContext = createContext<CurrentUser | null>(null);
const PERMISSIONS_REFRESH_MS = 60_000;
/** Shown on the sign-in page, at the address the person was on, once their session ran out. */
export const SESSION_EXPIRED =
  'Your session has expired. Sign in again to carry on where you were.';

/** Shows the sign-in page until this tab has a session, then the console as that person. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(subscribeToSession, currentSession);
  useSessionLifetime(session);
  const me = useQuery({
    // One key per sign-in, not per token: renewing the access token keeps the person
    // on screen (an OIDC session keeps its id token; a development one never renews).
    queryKey: ['me', session?.idToken ?? session?.token],
    queryFn: () => apiRequest<CurrentUser>('/v1/me'),
    enabled: session !== null,
    // Permissions change while signed in: a delegation in effect lends approval rights
    // (issue 12) and its end takes them back; a minute later the screens follow.
    staleTime: PERMISSIONS_REFRESH_MS,
    refetchInterval: PERMISSIONS_REFRESH_MS,
    retry: false,
  });
  if (!session) {
    return <SignInPage {...(sessionEnd() === 'expired' && { failure: SESSION_EXPIRED })} />;
  }
  if (me.isPending) return <p role="status">Signing in…</p>;
  // A failed refresh keeps the person signed in with what was last known.
  if (me.data === undefined) return <SignInPage failure={describeFailure(me.error)} />;
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside SessionGate');
  return user;
}

/** True when the signed-in person holds `permission`, by role or lent by a delegation (the API decides; this hides what it would refuse). */
export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}

/** Ends the session here and forgets everything fetched under it; an OIDC session ends at the provider too. */
export function useSignOut(): () => void {
  const queries = useQueryClient();
  return () => {
    const session = currentSession();
    endSession();
    queries.clear();
    if (session?.method === 'oidc') {
      endProviderSession(session.idToken).catch((error: unknown) =>
        console.error('Signed out of the console, but not at the identity provider:', error),
      );
    }
  };
}
