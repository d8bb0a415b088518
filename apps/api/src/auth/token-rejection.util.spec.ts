import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import {
  lifetimeRejection,
  rejectionOfVerifyError,
  TOKEN_REJECTIONS,
  type TokenRejection,
} from './token-rejection.util';

const secret = new TextEncoder().encode('x'.repeat(32));
const now = Math.floor(Date.now() / 1000);
const options = {
  algorithms: ['HS256'],
  issuer: 'https://idp.example',
  audience: 'recovery-api',
  requiredClaims: ['exp'],
  maxTokenAge: 3600,
  clockTolerance: 60,
};

async function rejectionOf(claims: JWTPayload, secretUsed = secret): Promise<TokenRejection> {
  const token = await new SignJWT({ iss: 'https://idp.example', aud: 'recovery-api', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(secretUsed);
  try {
    await jwtVerify(token, secret, options);
  } catch (error) {
    return rejectionOfVerifyError(error);
  }
  throw new Error('the token was accepted');
}

describe('rejectionOfVerifyError', () => {
  it.each<[string, JWTPayload, TokenRejection]>([
    ['no exp', { iat: now }, 'missingExp'],
    ['no iat', { exp: now + 60 }, 'missingIat'],
    [
      'an exp that is not a number',
      { iat: now, exp: 'soon' as unknown as number },
      'timeClaimNotNumber',
    ],
    ['an exp past the skew', { iat: now - 600, exp: now - 61 }, 'expired'],
    ['an nbf beyond the skew', { iat: now, nbf: now + 120, exp: now + 600 }, 'notYetValid'],
    ['an iat beyond the skew', { iat: now + 120, exp: now + 600 }, 'issuedInFuture'],
    ['an iat older than the maximum age', { iat: now - 3700, exp: now + 60 }, 'olderThanMaxAge'],
    [
      'another issuer',
      { iss: 'https://evil.example', iat: now, exp: now + 60 },
      'issuerNotAccepted',
    ],
    ['another audience', { aud: 'someone-else', iat: now, exp: now + 60 }, 'audienceNotAccepted'],
  ])('names the rule a token with %s breaks', async (_case, claims, rejection) => {
    await expect(rejectionOf(claims)).resolves.toBe(rejection);
  });

  it('names a signature made with another secret', async () => {
    const other = new TextEncoder().encode('y'.repeat(32));
    await expect(rejectionOf({ iat: now, exp: now + 60 }, other)).resolves.toBe('badSignature');
  });

  it('falls back to a generic rule for anything it does not know', () => {
    expect(rejectionOfVerifyError(new Error('socket hang up'))).toBe('unverifiable');
  });
});

describe('lifetimeRejection', () => {
  it('refuses a token issued to live longer than the maximum age, and takes one exactly as long', () => {
    expect(lifetimeRejection({ iat: now, exp: now + 3601 }, 3600)).toBe('lifetimeBeyondMaxAge');
    expect(lifetimeRejection({ iat: now, exp: now + 3600 }, 3600)).toBeUndefined();
  });
});

describe('TOKEN_REJECTIONS', () => {
  it('are all usable as error_description: printable ASCII without " or \\ (RFC 6750 §3)', () => {
    for (const description of Object.values(TOKEN_REJECTIONS)) {
      expect(description).toMatch(/^[\x20\x21\x23-\x5B\x5D-\x7E]+$/);
    }
  });
});
