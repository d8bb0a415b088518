import { authorizationUrl, consoleRedirectUri, endSessionUrl } from './authorization-request';

describe('authorization request', () => {
  it('asks for a code with PKCE S256, state and nonce, keeping the endpoint’s own query', () => {
    const url = new URL(
      authorizationUrl({
        authorizationEndpoint: 'https://id.example/auth?tenant=staff',
        clientId: 'console',
        redirectUri: consoleRedirectUri('https://recovery.example'),
        state: 'the-state',
        nonce: 'the-nonce',
        codeChallenge: 'the-challenge',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://id.example/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 'staff',
      response_type: 'code',
      client_id: 'console',
      redirect_uri: 'https://recovery.example/console/',
      scope: 'openid profile',
      state: 'the-state',
      nonce: 'the-nonce',
      code_challenge: 'the-challenge',
      code_challenge_method: 'S256',
    });
  });

  it('ends the provider’s session with the id token as hint and comes back to the console', () => {
    const url = new URL(
      endSessionUrl({
        endSessionEndpoint: 'https://id.example/session/end',
        clientId: 'console',
        idTokenHint: 'id.token.jwt',
        postLogoutRedirectUri: 'https://recovery.example/console/',
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'console',
      id_token_hint: 'id.token.jwt',
      post_logout_redirect_uri: 'https://recovery.example/console/',
    });
  });
});
