// The members directory: active coalition members grouped by country (sorted by the country's
// name in the reader's language, European partners last), with a count per country for the map.
import type { Deps } from '../../deps.ts';
import { listOrganisations, type Organisation } from '../organisations/repository.ts';
import { listRegions, regionName } from '../reference/repository.ts';
import { countryName, countrySlug } from '../reference/domain/vocabulary.ts';

/** The group of partners at European level ("EU" is stored as their country). */
export const EUROPEAN_GROUP = 'EU';

export interface Member {
  organisation: Organisation;
  regionName: string | null;
}

export interface CountryGroup {
  /** Alpha-2 code, "EU", or "" for members without a country. */
  code: string;
  name: string;
  /** Country page slug; null for the group without a country. */
  slug: string | null;
  members: Member[];
}

export interface MembersDirectory {
  groups: CountryGroup[];
  total: number;
}

export async function membersDirectory(
  deps: Pick<Deps, 'db'>,
  locale: string,
  noCountryLabel: string,
): Promise<MembersDirectory> {
  const [organisations, regions] = await Promise.all([
    listOrganisations(deps.db, { membersOnly: true }),
    listRegions(deps.db),
  ]);
  const byCode = new Map<string, Member[]>();
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  for (const organisation of organisations) {
    const region = organisation.regionId ? regions.find((r) => r.id === organisation.regionId) : undefined;
    const code = organisation.countryCode ?? '';
    byCode.set(code, [
      ...(byCode.get(code) ?? []),
      { organisation, regionName: region ? regionName(region, locale) : null },
    ]);
  }
  const rank = (code: string) => (code === EUROPEAN_GROUP ? 1 : code === '' ? 2 : 0);
  const groups = [...byCode].map(([code, members]) => ({
    code,
    name: code ? countryName(code, locale) : noCountryLabel,
    slug: code ? countrySlug(code) : null,
    members: members.sort((a, b) => collator.compare(a.organisation.name, b.organisation.name)),
  }));
  groups.sort((a, b) => rank(a.code) - rank(b.code) || collator.compare(a.name, b.name));
  return { groups, total: organisations.length };
}
