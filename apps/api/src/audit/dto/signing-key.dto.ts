import { ApiProperty } from '@nestjs/swagger';
import { type SigningKeyJwk } from '@recovery/audit';

/** The public half of the checkpoint signing key as a JWK (RFC 8037). */
export class SigningKeyDto implements SigningKeyJwk {
  @ApiProperty({ enum: ['OKP'] })
  kty!: 'OKP';

  @ApiProperty({ enum: ['Ed25519'] })
  crv!: 'Ed25519';

  @ApiProperty({ description: 'The public key, base64url' })
  x!: string;

  @ApiProperty({ description: "RFC 7638 thumbprint: what a checkpoint's `keyId` names" })
  kid!: string;

  @ApiProperty({ enum: ['EdDSA'] })
  alg!: 'EdDSA';

  @ApiProperty({ enum: ['sig'] })
  use!: 'sig';
}
