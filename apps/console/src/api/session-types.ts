// The roles and permissions are the API's own access matrix (a pure module), so
// the console hides exactly what the API refuses.
import {
  type Permission,
  USER_ROLES as ROLES,
  type UserRole as Role,
} from '../../../api/src/auth/access-matrix';

export { ROLES };
export type { Permission, Role };

/** GET /v1/me */
export interface CurrentUser {
  sub: string;
  name?: string;
  role: Role;
  sites: string[];
  permissions: Permission[];
}

/** GET /v1/auth/config */
export interface SignInOptions {
  developmentSignIn: boolean;
  oidc: { issuer: string; clientId: string } | null;
}
