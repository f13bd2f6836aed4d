// Who may do what in the platform module. Every route of this module asks here; nowhere else
// decides these questions.
import type { Role } from '../../kernel/identity.ts';

export type PlatformAction = 'admin.access' | 'users.manage' | 'outbox.read' | 'audit.read' | 'account.use';

const RULES: Record<PlatformAction, readonly Role[]> = {
  'admin.access': ['admin'],
  'users.manage': ['admin'],
  'outbox.read': ['admin'],
  'audit.read': ['admin'],
  'account.use': ['admin', 'editor', 'member', 'coordinator', 'school_contact', 'company_contact'],
};

export function can(actor: { role: Role } | null | undefined, action: PlatformAction): boolean {
  return actor !== null && actor !== undefined && RULES[action].includes(actor.role);
}
