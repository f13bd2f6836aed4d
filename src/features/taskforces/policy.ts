// Who may do what with taskforce dossiers: the secretariat (editors) and admins run them; everyone
// reads the published ones.
import type { Role } from '../../kernel/identity.ts';

export type TaskforceAction = 'dossier.create' | 'dossier.edit' | 'timeline.edit';

const RULES: Record<TaskforceAction, readonly Role[]> = {
  'dossier.create': ['admin', 'editor'],
  'dossier.edit': ['admin', 'editor'],
  'timeline.edit': ['admin', 'editor'],
};

export function can(actor: { role: Role } | null | undefined, action: TaskforceAction): boolean {
  return !!actor && RULES[action].includes(actor.role);
}
