// Country pages: the index of all countries with their figures, and one country with its members,
// its regions and everything linked to it or to one of its regions.
import type { Deps } from '../../deps.ts';
import type { SitemapPage } from '../../kernel/module.ts';
import { canReadMembersOnly, type Actor } from '../items/policy.ts';
import { countInScope, newestByType, type LinkScope } from '../items/service-read.ts';
import {
  ITEMS_PER_TYPE,
  listOrganisations,
  withSummaries,
  type LinkedGroup,
  type Organisation,
} from '../organisations/service.ts';
import {
  findCountryBySlug,
  listCountries,
  listRegions,
  regionName,
  countryRef,
} from '../reference/service.ts';
import { countryName, countrySlug } from '../reference/domain/vocabulary.ts';
import { countriesWithContent, countsPerCountry, memberCounts } from './repository.ts';
import type { Static } from 'typebox';
import { countryPaths } from './paths.ts';
import { absolute } from '../../kernel/results.ts';
import type { CountriesSchema } from './schema.ts';

/** Scope for newestByType() and countInScope(): items linked to the country or to any of its regions. */
export function countryScope(code: string, regionIds: string[]): LinkScope {
  return [
    { facet: 'country', values: [code] },
    { facet: 'region', values: regionIds },
  ];
}

export interface CountryRow {
  code: string;
  slug: string;
  name: string;
  members: number;
  items: number;
}

/** Every country, by name in the reader's language; the European Union last. */
export async function countryIndex(
  deps: Pick<Deps, 'db'>,
  locale: string,
  viewer: Actor | null,
): Promise<CountryRow[]> {
  const [countries, regions, members] = await Promise.all([
    listCountries(deps.db),
    listRegions(deps.db),
    memberCounts(deps.db),
  ]);
  const scopes = new Map(
    countries.map((c) => [
      c.code,
      countryScope(
        c.code,
        regions.filter((r) => r.countryCode === c.code).map((r) => r.id),
      ),
    ]),
  );
  const items = await countInScope(deps.db, scopes, canReadMembersOnly(viewer));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return countries
    .map((c) => ({
      code: c.code,
      slug: c.slug,
      name: countryName(c.code, locale),
      members: members.get(c.code) ?? 0,
      items: items.get(c.code) ?? 0,
      supranational: c.kind === 'supranational',
    }))
    .sort((a, b) => Number(a.supranational) - Number(b.supranational) || collator.compare(a.name, b.name))
    .map(({ supranational: _s, ...row }) => row);
}

export interface CountryPage {
  code: string;
  slug: string;
  name: string;
  members: Organisation[];
  regions: { slug: string; name: string }[];
  groups: LinkedGroup[];
}

export async function countryPage(
  deps: Pick<Deps, 'db'>,
  slug: string,
  locale: string,
  viewer: Actor | null,
): Promise<CountryPage | null> {
  const country = await findCountryBySlug(deps.db, slug);
  if (!country) return null;
  const regions = await listRegions(deps.db, country.code);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const [members, groups] = await Promise.all([
    listOrganisations(deps.db, { countryCode: country.code, membersOnly: true }),
    newestByType(
      deps.db,
      countryScope(
        country.code,
        regions.map((r) => r.id),
      ),
      { includeMembersOnly: canReadMembersOnly(viewer), perType: ITEMS_PER_TYPE },
    ),
  ]);
  return {
    code: country.code,
    slug: country.slug,
    name: countryName(country.code, locale),
    members: members.sort((a, b) => collator.compare(a.name, b.name)),
    regions: regions
      .map((r) => ({ slug: r.slug, name: regionName(r, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    groups: await withSummaries(deps.db, groups, locale),
  };
}

export async function listCountriesApi(deps: Deps, locale: string): Promise<Static<typeof CountriesSchema>> {
  const [countries, counts] = await Promise.all([listCountries(deps.db), countsPerCountry(deps.db)]);
  const items = countries
    .map((c) => ({
      ...countryRef(c.code),
      slug: c.slug,
      kind: c.kind,
      inEu: c.inEu,
      url: absolute(deps, countryPaths.country(locale, c.slug)),
      counts: { items: counts.items.get(c.code) ?? 0, members: counts.members.get(c.code) ?? 0 },
    }))
    .sort((a, b) => a.names.en.localeCompare(b.names.en, 'en'));
  return { items, total: items.length };
}

/** The page of every country something public is linked to, for the sitemap. */
export async function countryAddresses(deps: Pick<Deps, 'db'>): Promise<SitemapPage[]> {
  return (await countriesWithContent(deps.db)).map((code) => ({
    path: (l: string) => countryPaths.country(l, countrySlug(code)),
  }));
}
