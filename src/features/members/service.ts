// The members directory: active coalition members grouped by country (sorted by the country's
// name in the reader's language, European partners last), with a count per country for the map.
import type { Deps } from '../../deps.ts';
import { listMemberships, listOrganisations, type Organisation } from '../organisations/service.ts';
import { listRegions, regionName, countryRef } from '../reference/service.ts';
import { countryName, countrySlug } from '../reference/domain/vocabulary.ts';
import type { Static } from 'typebox';
import { organisationPaths } from '../organisations/paths.ts';
import { absolute } from '../../kernel/results.ts';
import type { MembersQuery, MembersSchema } from './schema.ts';

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
  /** Members per country, for the map and the table beside it. */
  counts: CountryCount[];
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
  return { groups, total: organisations.length, counts: countsOf(groups) };
}

export async function listMembersApi(
  deps: Deps,
  query: Static<typeof MembersQuery>,
): Promise<Static<typeof MembersSchema>> {
  const locale = query.locale ?? 'en';
  const rows = await listMemberships(deps.db, { countryCode: query.country, status: query.status });
  const items = rows
    .map((r) => ({
      organisation: {
        slug: r.slug,
        name: r.name,
        shortName: r.shortName,
        url: absolute(deps, organisationPaths.organisation(locale, r.slug)),
      },
      role: r.role as Static<typeof MembersSchema>['items'][number]['role'],
      memberSince: r.memberSince,
      status: r.status,
      country: r.countryCode ? countryRef(r.countryCode) : null,
    }))
    .sort(
      (a, b) =>
        (a.country ? countryName(a.country.code, locale) : '~').localeCompare(
          b.country ? countryName(b.country.code, locale) : '~',
          locale,
        ) || a.organisation.name.localeCompare(b.organisation.name, locale),
    );
  return { items, total: items.length };
}

/** Members per country (the figures of the map and of the table beside it). */
export interface CountryCount {
  code: string;
  name: string;
  slug: string;
  count: number;
}

export function countsOf(groups: CountryGroup[]): CountryCount[] {
  return groups.flatMap((g) =>
    g.slug ? [{ code: g.code, name: g.name, slug: g.slug, count: g.members.length }] : [],
  );
}
