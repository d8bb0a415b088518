export type Permission =
  | 'incident:open'
  | 'incident:read'
  | 'incident:act'
  | 'approval:read'
  | 'approval:decide'
  | 'policy:read'
  | 'policy:write'
  | 'audit:read';

export const ROLES = ['frontline', 'supervisor', 'manager', 'executive', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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
