import { apiRequest } from '../../api/http';
import { type SignInOptions } from '../../api/session-types';
import { consoleRedirectUri, endSessionUrl } from './authorization-request';
import { discoverProvider } from './provider-metadata';

/**
 * Ends the person's session at the identity provider too (RP-initiated
 * logout), so the next sign-in asks for their credentials again. The console's
 * own session is already gone when this runs; a provider without an
 * end-session endpoint leaves the browser on the sign-in page.
 */
export async function endProviderSession(idToken: string | undefined): Promise<void> {
  const { oidc } = await apiRequest<SignInOptions>('/v1/auth/config');
  if (!oidc) return;
  const provider = await discoverProvider(oidc.issuer);
  if (!provider.endSessionEndpoint) return;
  window.location.assign(
    endSessionUrl({
      endSessionEndpoint: provider.endSessionEndpoint,
      clientId: oidc.clientId,
      ...(idToken ? { idTokenHint: idToken } : {}),
      postLogoutRedirectUri: consoleRedirectUri(window.location.origin),
    }),
  );
}
