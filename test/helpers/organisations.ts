// Organisations for tests, with the parts the knowledge hub adds: country and region, aliases,
// descriptions per language and coalition membership. Each call makes a fresh record.
import type { Deps } from '../../src/deps.ts';
import {
  addAlias,
  insertOrganisation,
  setOrganisationText,
  upsertMembership,
} from '../../src/features/organisations/repository.ts';
import { iso } from '../../src/lib/clock.ts';
import { slugify } from '../../src/lib/text.ts';
import { unique } from './factories.ts';

export interface OrgOverrides {
  name?: string;
  slug?: string;
  shortName?: string | null;
  kind?: string;
  country?: string | null;
  /** A region slug from vocabulary.ts (the reference data is synced by createTestContext). */
  region?: string;
  website?: string | null;
  aliases?: string[];
  descriptions?: Record<string, string>;
  membership?: { role: string; since?: string | null; status?: 'active' | 'former' };
}

export interface MadeOrg {
  id: string;
  slug: string;
  name: string;
}

export async function makeOrg(deps: Deps, o: OrgOverrides = {}): Promise<MadeOrg> {
  const id = deps.newId();
  const name = o.name ?? unique('Organisation');
  const slug = o.slug ?? slugify(`${name}-${id.slice(-6)}`);
  const now = iso(deps.clock.now());
  const regionId = o.region
    ? ((await deps.db.selectFrom('regions').select('id').where('slug', '=', o.region).executeTakeFirst())
        ?.id ?? null)
    : null;
  if (o.region && !regionId) throw new Error(`makeOrg: unknown region ${o.region}`);
  await insertOrganisation(deps.db, {
    id,
    slug,
    name,
    shortName: o.shortName ?? null,
    kind: o.kind ?? 'association',
    countryCode: o.country === undefined ? 'NL' : o.country,
    website: o.website ?? null,
    regionId,
    now,
  });
  for (const alias of o.aliases ?? []) await addAlias(deps.db, deps.newId(), id, alias);
  for (const [lang, text] of Object.entries(o.descriptions ?? {}))
    await setOrganisationText(deps.db, id, lang, text);
  if (o.membership) {
    await upsertMembership(deps.db, {
      id: deps.newId(),
      organisationId: id,
      role: o.membership.role,
      memberSince: o.membership.since ?? null,
      status: o.membership.status ?? 'active',
      now,
    });
  }
  return { id, slug, name };
}
