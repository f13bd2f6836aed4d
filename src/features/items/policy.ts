// Who may do what with knowledge items. Members work on their own organisation's items and
// submit them for review; editors and admins review, publish, unpublish, archive and delete any.
import type { Actor, Role } from '../../kernel/identity.ts';

export type { Actor };

export type Transition = 'submit' | 'publish' | 'return' | 'unpublish' | 'archive' | 'restore';

const EDITORIAL: readonly Role[] = ['admin', 'editor'];
const READERS_OF_MEMBERS_ONLY: readonly Role[] = ['admin', 'editor', 'member'];

export function isEditorial(actor: Actor | null | undefined): boolean {
  return !!actor && EDITORIAL.includes(actor.role);
}

export function canCreateItem(actor: Actor | null | undefined, organisationId: string | null): boolean {
  if (!actor) return false;
  if (isEditorial(actor)) return true;
  return actor.role === 'member' && actor.organisationId !== null && actor.organisationId === organisationId;
}

export function canEditItem(
  actor: Actor | null | undefined,
  item: { organisationId: string | null; deletedAt?: string | null },
): boolean {
  if (!actor || item.deletedAt) return false;
  if (isEditorial(actor)) return true;
  return (
    actor.role === 'member' && actor.organisationId !== null && actor.organisationId === item.organisationId
  );
}

export function canTransition(
  actor: Actor | null | undefined,
  item: { organisationId: string | null },
  transition: Transition,
): boolean {
  if (transition === 'submit') return canEditItem(actor, item);
  return isEditorial(actor);
}

export function canDeleteItem(actor: Actor | null | undefined): boolean {
  return isEditorial(actor);
}

export function canReadMembersOnly(actor: Actor | null | undefined): boolean {
  return !!actor && READERS_OF_MEMBERS_ONLY.includes(actor.role);
}

/** The editorial queue (items waiting for review, drafts of all organisations). */
export function canSeeQueue(actor: Actor | null | undefined): boolean {
  return isEditorial(actor);
}
