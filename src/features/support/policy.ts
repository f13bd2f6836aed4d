// Who may work the support inbox: the secretariat (editors) and admins. Anyone may send a request.
import type { Role } from '../../kernel/identity.ts';

export type SupportAction = 'inbox.read' | 'request.update' | 'request.reply' | 'request.toDossier';

const RULES: Record<SupportAction, readonly Role[]> = {
  'inbox.read': ['admin', 'editor'],
  'request.update': ['admin', 'editor'],
  'request.reply': ['admin', 'editor'],
  'request.toDossier': ['admin', 'editor'],
};

export function can(actor: { role: Role } | null | undefined, action: SupportAction): boolean {
  return !!actor && RULES[action].includes(actor.role);
}
