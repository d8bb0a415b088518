import { base64UrlDecodeText, base64UrlEncode } from './base64url';
import { codeChallengeS256, randomUrlSafeToken } from './pkce';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B from its verifier', async () => {
    await expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43 URL-safe characters, a new one each time', () => {
    const first = randomUrlSafeToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomUrlSafeToken()).not.toBe(first);
  });
});

describe('base64url', () => {
  it('encodes without padding or + and /, and decodes UTF-8 text back', () => {
    expect(base64UrlEncode(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    const encoded = base64UrlEncode(new TextEncoder().encode('{"name":"Zoë"}'));
    expect(encoded).not.toContain('=');
    expect(base64UrlDecodeText(encoded)).toBe('{"name":"Zoë"}');
  });
});
