import { base64UrlEncode } from './base64url';
import { type PendingSignIn } from './pending-sign-in';
import { renewedSession, sessionFromTokenResponse, tokenRefusalMessage } from './token-response';

const PENDING: PendingSignIn = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier',
  issuer: 'https://id.example',
  clientId: 'console',
  tokenEndpoint: 'https://id.example/token',
  redirectUri: 'https://recovery.example/console/',
  returnTo: '/console/',
};
const NOW = Date.parse('2025-01-10T09:00:00Z');

const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"RS256"}', JSON.stringify(claims)]
    .map((part) => base64UrlEncode(new TextEncoder().encode(part)))
    .concat('signature')
    .join('.');
const ID_TOKEN = jwt({
  iss: 'https://id.example',
  aud: 'console',
  nonce: 'nonce-1',
  sub: 'fatima',
});

describe('a refresh_token grant’s answer', () => {
  const session = {
    token: 'at-1',
    expiresAt: '2025-01-10T09:01:00.000Z',
    method: 'oidc' as const,
    idToken: ID_TOKEN,
    renewal: {
      refreshToken: 'rt-1',
      tokenEndpoint: 'https://id.example/token',
      clientId: 'console',
    },
  };

  it('renews the access token and its expiry, keeping the id token as the sign-out hint', () => {
    const body = { access_token: 'at-2', token_type: 'Bearer', expires_in: 60 };
    expect(renewedSession(body, session, NOW)).toEqual({
      ...session,
      token: 'at-2',
      expiresAt: '2025-01-10T09:01:00.000Z',
    });
  });

  it('takes the rotated refresh token when the provider sends one', () => {
    const body = {
      access_token: 'at-2',
      token_type: 'Bearer',
      expires_in: 60,
      refresh_token: 'rt-2',
    };
    expect(renewedSession(body, session, NOW).renewal?.refreshToken).toBe('rt-2');
  });

  it('refuses an answer without a bearer access token', () => {
    expect(() => renewedSession({ token_type: 'Bearer' }, session, NOW)).toThrow(
      /no bearer access token/,
    );
  });
});

describe('the token endpoint’s answer', () => {
  it('becomes an OIDC session that expires when the access token does', () => {
    const body = { access_token: 'at', token_type: 'Bearer', expires_in: 3600, id_token: ID_TOKEN };
    expect(sessionFromTokenResponse(body, PENDING, NOW)).toEqual({
      token: 'at',
      expiresAt: '2025-01-10T10:00:00.000Z',
      method: 'oidc',
      idToken: ID_TOKEN,
    });
  });

  it('keeps a refresh token the provider grants, with where and as whom to renew', () => {
    const body = {
      access_token: 'at',
      token_type: 'Bearer',
      expires_in: 60,
      id_token: ID_TOKEN,
      refresh_token: 'rt-1',
    };
    expect(sessionFromTokenResponse(body, PENDING, NOW).renewal).toEqual({
      refreshToken: 'rt-1',
      tokenEndpoint: 'https://id.example/token',
      clientId: 'console',
    });
  });

  it('reads the expiry from a JWT access token when expires_in is missing', () => {
    const token = jwt({ exp: NOW / 1000 + 600 });
    const session = sessionFromTokenResponse(
      { access_token: token, token_type: 'bearer', id_token: ID_TOKEN },
      PENDING,
      NOW,
    );
    expect(session.expiresAt).toBe('2025-01-10T09:10:00.000Z');
  });

  it('refuses an id token of another nonce, issuer or client', () => {
    const answer = (claims: Record<string, unknown>) => ({
      access_token: 'at',
      token_type: 'Bearer',
      expires_in: 60,
      id_token: jwt({ iss: 'https://id.example', aud: ['console'], nonce: 'nonce-1', ...claims }),
    });
    expect(() => sessionFromTokenResponse(answer({ nonce: 'replayed' }), PENDING, NOW)).toThrow(
      /nonce/,
    );
    expect(() => sessionFromTokenResponse(answer({ iss: 'https://evil' }), PENDING, NOW)).toThrow(
      /not issued to this console/,
    );
    expect(() => sessionFromTokenResponse(answer({ aud: 'other' }), PENDING, NOW)).toThrow(
      /not issued to this console/,
    );
  });

  it('refuses an answer without a bearer access token or an id token', () => {
    expect(() =>
      sessionFromTokenResponse({ access_token: 'at', token_type: 'DPoP' }, PENDING, NOW),
    ).toThrow(/no bearer access token/);
    expect(() =>
      sessionFromTokenResponse({ access_token: 'at', token_type: 'Bearer' }, PENDING, NOW),
    ).toThrow(/no id token/);
  });

  it('explains a refusal with the provider’s error and description', () => {
    expect(
      tokenRefusalMessage(400, {
        error: 'invalid_grant',
        error_description: 'grant request is invalid',
      }),
    ).toBe(
      'Your organisation’s sign-in service did not accept the sign-in (invalid_grant): grant request is invalid. Sign in again.',
    );
    expect(tokenRefusalMessage(502, 'Bad Gateway')).toMatch(/\(HTTP 502\)\. Sign in again\.$/);
  });
});
