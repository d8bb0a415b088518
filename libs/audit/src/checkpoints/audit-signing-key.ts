import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';

/** The public half of the checkpoint signing key, as GET /v1/audit/signing-key serves it (RFC 8037). */
export interface SigningKeyJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  /** RFC 7638 thumbprint of the key: what a checkpoint's `keyId` names. */
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** The Ed25519 key that signs checkpoints; only its public half ever leaves the process. */
export class AuditSigningKey {
  readonly publicJwk: SigningKeyJwk;

  private constructor(private readonly privateKey: KeyObject) {
    const { x } = createPublicKey(privateKey).export({ format: 'jwk' });
    if (privateKey.asymmetricKeyType !== 'ed25519' || !x)
      throw new Error('the audit signing key must be an Ed25519 private key');
    this.publicJwk = {
      kty: 'OKP',
      crv: 'Ed25519',
      x,
      kid: jwkThumbprint(x),
      alg: 'EdDSA',
      use: 'sig',
    };
  }

  /** From a PKCS#8 PEM; throws, saying so, for any other kind of key. */
  static fromPem(pem: string): AuditSigningKey {
    return new AuditSigningKey(createPrivateKey(pem));
  }

  get keyId(): string {
    return this.publicJwk.kid;
  }

  /** Base64url Ed25519 signature of `statement`. */
  sign(statement: Buffer): string {
    return sign(null, statement, this.privateKey).toString('base64url');
  }
}

/** True when `signature` is `jwk`'s signature of `statement`; false for a malformed key or signature. */
export function verifySignature(jwk: SigningKeyJwk, statement: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    return verify(null, statement, key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** RFC 7638 thumbprint of an Ed25519 public key: sha256 over the required members, sorted, without spaces. */
export function jwkThumbprint(x: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
}
