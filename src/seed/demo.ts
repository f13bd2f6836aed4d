// Demo content for a fresh installation: the accounts of demo-accounts.ts and the organisations
// they belong to. Runs once, on an empty database; later modules add their own demo content here.
import type { Deps } from '../deps.ts';
import { iso } from '../lib/clock.ts';
import { createUser } from '../features/auth/service.ts';
import { findOrganisationIdBySlug, insertOrganisation } from '../features/organisations/repository.ts';
import { getSetting, putSetting } from '../features/settings/repository.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';

const DEMO_ORGANISATIONS = [
  { slug: 'ptvt', name: 'Platform Talent for Technology', shortName: 'PTvT', kind: 'association', countryCode: 'NL', website: 'https://ptvt.nl' },
  { slug: 'astra', name: 'Astra — National Centre for Science, Technology and Health Learning', shortName: 'Astra', kind: 'agency', countryCode: 'DK', website: 'https://astra.dk' },
  { slug: 'etag', name: 'Estonian Research Council', shortName: 'ETAg', kind: 'research_council', countryCode: 'EE', website: 'https://etag.ee' },
  { slug: 'luma-centre-finland', name: 'LUMA Centre Finland', shortName: 'LUMA', kind: 'association', countryCode: 'FI', website: 'https://www.luma.fi' },
];

export const DEMO_MARKER = 'demo_seeded_at';

export async function isDemoSeeded(deps: Pick<Deps, 'db'>): Promise<boolean> {
  return (await getSetting(deps.db, DEMO_MARKER)) !== null;
}

/** Seed the demo when the database has no users yet. Returns true when it seeded. */
export async function seedDemo(deps: Deps): Promise<boolean> {
  const anyUser = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return false;
  const now = iso(deps.clock.now());
  for (const org of DEMO_ORGANISATIONS) {
    if (await findOrganisationIdBySlug(deps.db, org.slug)) continue;
    await insertOrganisation(deps.db, { id: deps.newId(), ...org, now });
  }
  for (const account of DEMO_ACCOUNTS) {
    const organisationId = account.organisation ? await findOrganisationIdBySlug(deps.db, account.organisation) : null;
    await createUser(deps, { ...account, organisationId });
  }
  await putSetting(deps.db, DEMO_MARKER, now, now);
  return true;
}

export function demoCredentialsText(): string {
  return DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(7)} ${a.email}  /  ${a.password}`).join('\n');
}
