import type { Role, UserStatus } from '../../db/schema.ts';

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

export type { Role, UserStatus };
