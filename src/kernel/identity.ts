// Who is acting: the roles, the signed-in user as every module sees them, the session, and the
// actor that policies decide about. Shared by the web shell (sessions, guards, layout) and every
// module's policy.
export type Role = 'admin' | 'editor' | 'member' | 'coordinator' | 'school_contact' | 'company_contact';
export type UserStatus = 'active' | 'invited' | 'disabled';

/** Roles in order of reach. The network roles are used by the network module (coming later). */
export const ROLES: readonly Role[] = [
  'admin',
  'editor',
  'member',
  'coordinator',
  'school_contact',
  'company_contact',
];
export const USER_STATUSES: readonly UserStatus[] = ['active', 'invited', 'disabled'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A signed-in user as pages and policies see them (never with the password hash). */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  organisationId: string | null;
  organisationName: string | null;
  locale: string;
  createdAt: string;
  lastLoginAt: string | null;
}

/** The session a request carries, resolved from its cookie. */
export interface CurrentSession {
  sessionId: string;
  user: User;
}

/** Whom a policy decides about: a signed-in user, or null for a visitor. */
export interface Actor {
  id: string;
  role: Role;
  organisationId: string | null;
}
