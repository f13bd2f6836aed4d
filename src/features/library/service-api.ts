// The library through the API: filtered pages with a cursor, full public records, and the search
// API of DESIGN.md ({"items":[{"type","slug","title","url","snippet"}],"total"}). Visitors' data
// only: members-only items and unpublished text never leave through these functions.
import type { Static } from 'typebox';
import type { Deps } from '../../deps.ts';
import { localName, pickLanguage } from '../../kernel/language.ts';
import {
  facetIndex,
  liveLanguages,
  liveTexts,
  publicRelatedSlugs,
  summaries,
  textKey,
  type ItemSummary,
} from '../items/service-read.ts';
import { findItemBySlug, listVersions, readLinks } from '../items/service.ts';
import { emptyFilter, pageOf } from '../items/domain/facets.ts';
import { decodeApiCursor, encodeCursor } from '../../lib/cursor.ts';
import { findOrganisationBySlug, findOrganisationsByIds } from '../organisations/service.ts';
import { countryRef, listRegions } from '../reference/service.ts';
import { itemPath } from '../../kernel/paths.ts';

import {
  absolute,
  badRequest,
  invalidCursor,
  listing,
  notFound,
  ok,
  type ApiResult,
} from '../../kernel/results.ts';
import { searchTerms, stripMarkdown } from '../../lib/text.ts';
import { snippetText } from './domain/snippet.ts';
import { searchMatches } from './service.ts';
import type {
  ItemDetailSchema,
  ItemPageSchema,
  ItemsQuery,
  ItemSummarySchema,
  SearchResultSchema,
} from './schema.ts';

type ItemSummaryOut = Static<typeof ItemSummarySchema>;

export function toItemSummary(
  deps: Pick<Deps, 'config'>,
  s: ItemSummary,
  languages: string[],
  locale: string,
): ItemSummaryOut {
  return {
    slug: s.slug,
    type: s.type,
    url: absolute(deps, itemPath(locale, s)),
    title: s.title,
    summary: s.summary,
    language: s.lang,
    fallback: s.fallback,
    languages,
    date: s.sortDate,
    year: s.year,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    organisation:
      s.organisationSlug && s.organisationName
        ? { slug: s.organisationSlug, name: s.organisationName, shortName: s.organisationShortName }
        : null,
    levels: s.levels as ItemSummaryOut['levels'],
  };
}

/** Organisation slugs → ids; a merged organisation stands for the one it was merged into. */
async function organisationIds(deps: Deps, slugs: string[]): Promise<{ ids: string[]; unknown: string[] }> {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const slug of [...new Set(slugs)]) {
    const org = await findOrganisationBySlug(deps.db, slug);
    if (!org) unknown.push(slug);
    else ids.push(org.mergedIntoId ?? org.id);
  }
  return { ids, unknown };
}

export async function listItems(
  deps: Deps,
  query: Static<typeof ItemsQuery>,
): Promise<ApiResult<Static<typeof ItemPageSchema>>> {
  const locale = query.locale ?? 'en';
  const limit = query.limit ?? 20;
  const after = query.cursor === undefined ? null : decodeApiCursor(query.cursor);
  if (after === null && query.cursor !== undefined) {
    return invalidCursor();
  }
  const orgs = await organisationIds(deps, query.organisation ?? []);
  if (orgs.unknown.length)
    return badRequest('unknown_filter_value', 'api.error.unknownOrganisation', {
      values: listing(orgs.unknown),
    });
  const regionSlugs = new Set(query.region ?? []);
  const regions = regionSlugs.size
    ? (await listRegions(deps.db)).filter((r) => regionSlugs.has(r.slug)).map((r) => r.id)
    : [];
  const filter = {
    ...emptyFilter(),
    type: query.type ?? [],
    country: query.country ?? [],
    region: regions,
    organisation: orgs.ids,
    level: query.level ?? [],
    theme: query.theme ?? [],
    year: query.year ?? [],
  };
  // One row more than asked tells whether there is a next page.
  const page = pageOf(await facetIndex(deps.db), filter, { limit: limit + 2, after });
  // The page must start strictly after the cursor's item, whether or not pageOf includes it.
  const rest = after && page.ids[0] === after.id ? page.ids.slice(1) : page.ids.slice(0, limit + 1);
  const ids = rest.slice(0, limit);
  const [found, languages] = await Promise.all([
    summaries(deps.db, ids, locale),
    liveLanguages(deps.db, ids),
  ]);
  const last = found[found.length - 1];
  return ok({
    items: found.map((s) => toItemSummary(deps, s, languages.get(s.id) ?? [s.lang], locale)),
    nextCursor: rest.length > limit && last ? encodeCursor({ sortDate: last.sortDate, id: last.id }) : null,
    total: page.total,
  });
}

export async function itemDetail(
  deps: Deps,
  slug: string,
  locale: string,
): Promise<ApiResult<Static<typeof ItemDetailSchema>>> {
  const item = await findItemBySlug(deps.db, slug);
  if (!item || !item.listed || item.visibility !== 'public') return notFound('api.error.notFoundItem');
  const versions = (await listVersions(deps.db, item.id)).filter((v) => v.live);
  const lang = pickLanguage(
    versions.map((v) => v.lang),
    locale,
    item.originalLang,
  );
  if (!lang) return notFound('api.error.notFoundItem');
  const links = await readLinks(deps.db, item.id);
  const [orgs, regions, related] = await Promise.all([
    findOrganisationsByIds(deps.db, [
      ...links.organisations.map((o) => o.id),
      ...(item.organisationId ? [item.organisationId] : []),
    ]),
    links.regions.length
      ? listRegions(deps.db).then((all) => all.filter((r) => links.regions.includes(r.id)))
      : Promise.resolve([]),
    publicRelatedSlugs(deps.db, item.id),
  ]);
  const owner = orgs.find((o) => o.id === item.organisationId);
  return ok({
    slug: item.slug,
    type: item.type,
    url: absolute(deps, itemPath(locale, item)),
    originalLanguage: item.originalLang,
    language: lang,
    fallback: lang !== locale,
    languages: versions.map((v) => v.lang),
    neutral: item.neutral as Static<typeof ItemDetailSchema>['neutral'],
    versions: Object.fromEntries(versions.map((v) => [v.lang, { ...v.live!, publishedAt: v.publishedAt }])),
    organisation: owner ? { slug: owner.slug, name: owner.name, shortName: owner.shortName } : null,
    organisations: links.organisations.flatMap((l) => {
      const org = orgs.find((o) => o.id === l.id);
      return org ? [{ slug: org.slug, name: org.name, role: l.role }] : [];
    }),
    countries: links.countries.map((code) => countryRef(code)),
    regions: regions.map((r) => ({
      slug: r.slug,
      countryCode: r.countryCode,
      names: { en: localName(r.names, 'en', r.slug), nl: localName(r.names, 'nl', r.slug) },
    })),
    levels: links.levels as Static<typeof ItemDetailSchema>['levels'],
    themes: links.themes as Static<typeof ItemDetailSchema>['themes'],
    related,
  });
}

/**
 * The search API. Any input is accepted; only letters and digits reach the index (searchTerms), so
 * odd or empty queries give an empty result, never an error. Snippets are the library's, as plain text.
 */
export async function searchItems(
  deps: Deps,
  input: { q?: string; locale?: string; limit?: number },
): Promise<Static<typeof SearchResultSchema>> {
  const locale = input.locale ?? 'en';
  const terms = searchTerms((input.q ?? '').slice(0, 500));
  if (terms.length === 0) return { items: [], total: 0 };
  // The library's search: one result per item, best first, published and public only.
  const { ids: visible } = await searchMatches(deps, terms, emptyFilter());
  const pageIds = visible.slice(0, input.limit ?? 20);
  const found = await summaries(deps.db, pageIds, locale);
  const texts = await liveTexts(
    deps.db,
    found.map((s) => ({ itemId: s.id, lang: s.lang })),
  );
  return {
    items: found.map((s) => {
      const text = texts.get(textKey(s.id, s.lang)) ?? { summary: s.summary, body: '' };
      // The library's snippet, as plain text: the window around the first match.
      return {
        type: s.type,
        slug: s.slug,
        title: s.title,
        url: absolute(deps, itemPath(locale, s)),
        snippet: snippetText(`${text.summary} ${stripMarkdown(text.body)}`, terms),
      };
    }),
    total: visible.length,
  };
}
