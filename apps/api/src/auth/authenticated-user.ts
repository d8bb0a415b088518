import { type UserRole } from './access-matrix';

/** The verified claims of a bearer token. */
export interface AuthenticatedUser {
  sub: string;
  name?: string;
  role: UserRole;
  /** Site codes, or `["*"]` for every site. */
  sites: string[];
  /** The token's `exp`: a live stream opened with it ends then (issue 11). */
  expiresAt?: Date;
}
