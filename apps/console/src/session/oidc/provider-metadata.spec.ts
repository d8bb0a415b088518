import { discoveryUrl, providerMetadataFrom } from './provider-metadata';

const ISSUER = 'https://id.example.com/realms/staff';

describe('provider metadata', () => {
  it('finds the discovery document under the issuer, with or without a trailing slash', () => {
    expect(discoveryUrl(ISSUER)).toBe(`${ISSUER}/.well-known/openid-configuration`);
    expect(discoveryUrl(`${ISSUER}/`)).toBe(`${ISSUER}/.well-known/openid-configuration`);
  });

  it('takes the endpoints of a document that names the configured issuer', () => {
    expect(
      providerMetadataFrom(ISSUER, {
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
        end_session_endpoint: `${ISSUER}/logout`,
      }),
    ).toEqual({
      issuer: ISSUER,
      authorizationEndpoint: `${ISSUER}/auth`,
      tokenEndpoint: `${ISSUER}/token`,
      endSessionEndpoint: `${ISSUER}/logout`,
    });
  });

  it('refuses a document that names another issuer, or lacks an endpoint', () => {
    expect(() =>
      providerMetadataFrom(ISSUER, {
        issuer: 'https://evil.example',
        authorization_endpoint: 'a',
        token_endpoint: 't',
      }),
    ).toThrow(/describes itself as https:\/\/evil.example/);
    expect(() => providerMetadataFrom(ISSUER, { issuer: ISSUER, token_endpoint: 't' })).toThrow(
      /names no authorization or token endpoint/,
    );
  });
});
