// Who may use the editorial pages, and which workflow buttons a person sees. The rules on items
// themselves live in items/policy.ts (the item services enforce them); this file only composes
// them for the pages, so that a button is never shown that the service would refuse.
import type { VersionState } from '../items/tables.ts';
import type { User } from '../../kernel/identity.ts';
import {
  canDeleteItem,
  canEditItem,
  canTransition,
  isEditorial,
  type Actor,
  type Transition,
} from '../items/policy.ts';

export { canDeleteItem, canEditItem, isEditorial, type Actor };

/** Members draft their organisation's items; editors and admins review everything. */
export function canUseEditorial(user: Pick<User, 'role'> | null | undefined): boolean {
  return !!user && (user.role === 'member' || user.role === 'editor' || user.role === 'admin');
}

const SHOWN_FROM: Record<Transition, readonly VersionState[]> = {
  submit: ['draft'],
  publish: ['draft', 'review'],
  return: ['review'],
  unpublish: ['published', 'draft', 'review'],
  archive: ['draft', 'review', 'published'],
  restore: ['archived'],
};

/**
 * The workflow actions offered for one language version. Editors publish directly, so
 * "submit for review" is offered to members only; "unpublish" needs a live copy.
 */
export function availableTransitions(
  actor: Actor,
  item: { organisationId: string | null },
  version: { state: VersionState; live: unknown },
): Transition[] {
  return (Object.keys(SHOWN_FROM) as Transition[]).filter((action) => {
    if (!SHOWN_FROM[action].includes(version.state) || !canTransition(actor, item, action)) return false;
    if (action === 'submit' && isEditorial(actor)) return false;
    if (action === 'unpublish' && !version.live) return false;
    return true;
  });
}
