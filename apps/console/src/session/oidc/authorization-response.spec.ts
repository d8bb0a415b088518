import {
  codeFromAuthorizationResponse,
  isAuthorizationResponse,
  withoutAuthorizationResponse,
} from './authorization-response';
import { type PendingSignIn } from './pending-sign-in';

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

const answer = (query: string) => new URLSearchParams(query);

describe('the provider’s answer', () => {
  it('is recognised by its state with a code or an error, not by a code alone', () => {
    expect(isAuthorizationResponse(answer('code=c&state=s'))).toBe(true);
    expect(isAuthorizationResponse(answer('error=access_denied&state=s'))).toBe(true);
    expect(isAuthorizationResponse(answer('code=c'))).toBe(false);
    expect(isAuthorizationResponse(answer('status=open'))).toBe(false);
  });

  it('gives the code when state and issuer match this tab’s request', () => {
    expect(
      codeFromAuthorizationResponse(
        answer('code=c1&state=state-1&iss=https%3A%2F%2Fid.example'),
        PENDING,
      ),
    ).toBe('c1');
    expect(codeFromAuthorizationResponse(answer('code=c1&state=state-1'), PENDING)).toBe('c1');
  });

  it('refuses an answer with another state or another issuer', () => {
    expect(() => codeFromAuthorizationResponse(answer('code=c&state=forged'), PENDING)).toThrow(
      /does not belong to this tab/,
    );
    expect(() =>
      codeFromAuthorizationResponse(answer('code=c&state=state-1&iss=https%3A%2F%2Fevil'), PENDING),
    ).toThrow(/came from https:\/\/evil/);
  });

  it('explains a refusal in words, with the provider’s description', () => {
    expect(() =>
      codeFromAuthorizationResponse(
        answer('error=access_denied&error_description=End-User%20aborted&state=state-1'),
        PENDING,
      ),
    ).toThrow(
      'Sign-in was cancelled or refused at your organisation’s sign-in service: End-User aborted.',
    );
    expect(() =>
      codeFromAuthorizationResponse(answer('error=invalid_scope&state=state-1'), PENDING),
    ).toThrow('Your organisation’s sign-in service refused the sign-in (invalid_scope).');
  });
});

describe('the console URL after the answer', () => {
  it('keeps its own path and filters and drops the provider’s members', () => {
    expect(
      withoutAuthorizationResponse(
        'https://recovery.example/console/?status=open&code=c&state=s&iss=https%3A%2F%2Fid.example#top',
      ),
    ).toBe('/console/?status=open#top');
    expect(
      withoutAuthorizationResponse('https://recovery.example/console/?error=access_denied&state=s'),
    ).toBe('/console/');
  });
});
