import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, Length, Matches } from 'class-validator';
import { FIELD_LIMITS, SITE_SCOPE_PATTERN } from '@recovery/domain';
import {
  ACCESS_MATRIX,
  type Permission,
  USER_ROLES,
  type UserRole,
} from '../../auth/access-matrix';

/** Where the console's sign-in page can send a person. */
export class OidcSignInDto {
  @ApiProperty({ example: 'https://login.example.com' })
  issuer!: string;

  @ApiProperty({ example: 'recovery-console' })
  clientId!: string;
}

/** GET /v1/auth/config: the ways to sign in that this deployment offers. */
export class SignInOptionsDto {
  @ApiProperty({
    description: 'True outside production: POST /v1/auth/development-token issues tokens',
  })
  developmentSignIn!: boolean;

  @ApiProperty({ type: OidcSignInDto, nullable: true })
  oidc!: OidcSignInDto | null;
}

// Some character other than white space.
const NOT_BLANK = /\S/;

/** Body of POST /v1/auth/development-token. */
export class DevelopmentSignInDto {
  @ApiProperty({
    example: 'Alice Jansen',
    minLength: 1,
    maxLength: FIELD_LIMITS.actorId,
    pattern: NOT_BLANK.source,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.actorId)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role!: UserRole;

  @ApiProperty({
    example: ['AMS'],
    description: 'Site codes, or ["*"] for every site',
    type: 'array',
    items: { type: 'string', pattern: SITE_SCOPE_PATTERN.source },
    minItems: 1,
    maxItems: 50,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(SITE_SCOPE_PATTERN, { each: true })
  sites!: string[];
}

export class DevelopmentTokenDto {
  @ApiProperty({ description: 'An HS256 bearer token for the API' })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

/** GET /v1/me: the caller as the API sees them, and what they may do now. */
export class CurrentUserDto {
  @ApiProperty()
  sub!: string;

  @ApiProperty({ required: false })
  name?: string;

  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;

  @ApiProperty({ example: ['AMS'] })
  sites!: string[];

  @ApiProperty({
    enum: Object.keys(ACCESS_MATRIX),
    isArray: true,
    description: "The role's, and approval:read/approval:decide while a delegation is in effect",
  })
  permissions!: Permission[];
}
