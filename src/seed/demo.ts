// Demo content for a fresh installation: the demo accounts, the organisations and members, and
// the knowledge items of src/seed/content/. Runs once, on an empty database.
import type { Deps } from '../deps.ts';
import { iso } from '../lib/clock.ts';
import { createUser } from '../features/auth/service.ts';
import { findOrganisationIdBySlug } from '../features/organisations/service.ts';
import { getSetting, putSetting } from '../kernel/repository-settings.ts';
import { findUserByEmail, hasAnyUser } from '../features/users/service.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { seedKnowledge, seedOrganisations } from './knowledge.ts';
import { seedTaskforces } from './taskforces.ts';

export const DEMO_MARKER = 'demo_seeded_at';

export async function isDemoSeeded(deps: Pick<Deps, 'db'>): Promise<boolean> {
  return (await getSetting(deps.db, DEMO_MARKER)) !== null;
}

/** Seed the demo when the database has no users yet. Returns true when it seeded. */
export async function seedDemo(deps: Deps): Promise<boolean> {
  if (await hasAnyUser(deps)) return false;
  const now = iso(deps.clock.now());
  // Organisations first (the demo accounts belong to some), then accounts, then the content.
  await seedOrganisations(deps);
  for (const account of DEMO_ACCOUNTS) {
    const organisationId = account.organisation
      ? await findOrganisationIdBySlug(deps.db, account.organisation)
      : null;
    await createUser(deps, { ...account, organisationId });
  }
  const admin = await findUserByEmail(deps.db, DEMO_ACCOUNTS[0]!.email);
  if (!admin) throw new Error('demo admin missing');
  const actor = { id: admin.id, role: admin.role, organisationId: admin.organisationId };
  await seedKnowledge(deps, actor);
  await seedTaskforces(deps, actor);
  await putSetting(deps.db, DEMO_MARKER, now, now);
  return true;
}

export function demoCredentialsText(): string {
  return DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(7)} ${a.email}  /  ${a.password}`).join('\n');
}
