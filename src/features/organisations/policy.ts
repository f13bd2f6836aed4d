// Who may do what with organisation records. Every route of this module asks here.
import type { Role } from '../../kernel/identity.ts';

export type OrganisationAction = 'organisation.merge';

const RULES: Record<OrganisationAction, readonly Role[]> = {
  // Merging rewrites links of many items at once: an editorial decision, not a member's.
  'organisation.merge': ['admin', 'editor'],
};

export function canOrganisation(
  actor: { role: Role } | null | undefined,
  action: OrganisationAction,
): boolean {
  return !!actor && RULES[action].includes(actor.role);
}
