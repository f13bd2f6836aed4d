// The library's use cases: the faceted listing, search, the item page and the CSV export. Each
// turns a query string into a LibraryFilter (slugs mapped to ids, unknown values dropped), asks
// the repositories, and returns a view model the views render without further queries.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { SitemapPage } from '../../kernel/module.ts';
import { itemPath } from '../../kernel/paths.ts';
import { searchTerms, stripMarkdown, compareIn } from '../../lib/text.ts';
import { canEditItem, canReadMembersOnly, type Actor } from '../items/policy.ts';
import {
  countriesAndThemes,
  facetIndex,
  liveTexts,
  publicItemAddresses,
  readItem,
  summaries,
  textKey,
  type ItemSummary,
  type ItemView,
} from '../items/service-read.ts';
import { findOrganisationIdBySlug, organisationNames } from '../organisations/service.ts';
import { listRegions, regionName, type Region } from '../reference/service.ts';
import { COUNTRY_CODES, LEVELS, THEMES, countryName, isOneOf } from '../reference/domain/vocabulary.ts';
import { CONTENT_TYPES, DOSSIER_TYPE, ITEM_TYPES } from '../../kernel/content-types.ts';
import { cachedQuery, type SearchHit } from '../search/service.ts';
import {
  FACETS,
  candidateList,
  countsOf,
  emptyFilter,
  filterCandidates,
  pageOf,
  type CandidateList,
  type Facet,
  type FacetCounts,
  type LibraryFilter,
} from '../items/domain/facets.ts';
import type { FacetIndex } from '../items/domain/facet-index.ts';
import type { LibraryQuery } from './schema.ts';
import { hasMatch } from './domain/snippet.ts';
import { cutQuery } from './domain/query.ts';

export const PAGE_SIZE = 20;
export const EXPORT_LIMIT = 10_000;

/** Organisations offered in the facet, busiest first. */
export const MAX_ORGANISATION_OPTIONS = 30;
/** Search hits considered before visibility, facets and grouping. */
const SEARCH_CANDIDATES = 1_000;

/** The facet values of the URL that mean something, as they appear in links (slugs, codes). */
export type Selection = Record<Facet, string[]>;

export interface FacetOption {
  value: string;
  count: number;
  selected: boolean;
  /** Display name for values named by data (countries, regions, organisations); null for catalog labels. */
  name: string | null;
}

export interface ListingView {
  selection: Selection;
  facets: Record<Facet, FacetOption[]>;
  /** Organisations with matching items that the facet leaves out (beyond the busiest). */
  organisationsNotShown: number;
  results: ResultItem[];
  total: number;
  page: number;
  pageCount: number;
}

export interface ResultItem extends ItemSummary {
  /** Text to cut a search snippet from, and its language. */
  snippetSource?: { text: string; lang: string };
}

export interface SearchView extends ListingView {
  q: string;
  terms: string[];
  state: 'empty' | 'no_terms' | 'searched';
  shortened: boolean;
}

export type NotFound = { ok: false; reason: 'not_found' };

interface Parsed {
  selection: Selection;
  filter: LibraryFilter;
  regions: Region[];
  orgSlugs: Map<string, string>;
}

const unique = <T>(list: T[] | undefined) => [...new Set(list ?? [])].slice(0, 50);

/** Map the URL's facet values to a filter; values that name nothing are dropped. */
export async function parseQuery(db: Kysely<DB>, query: LibraryQuery, viewer: Actor | null): Promise<Parsed> {
  const regions = await listRegions(db);
  const orgSlugs = new Map<string, string>();
  for (const slug of unique(query.organisation)) {
    const id = await findOrganisationIdBySlug(db, slug);
    if (id) orgSlugs.set(slug, id);
  }
  const years = unique(query.year).filter((y) => /^\d{4}$/.test(y));
  const selection: Selection = {
    type: unique(query.type).filter((t) => isOneOf(CONTENT_TYPES, t)),
    country: unique(query.country?.map((c) => c.toUpperCase())).filter((c) => isOneOf(COUNTRY_CODES, c)),
    region: unique(query.region).filter((slug) => regions.some((r) => r.slug === slug)),
    organisation: [...orgSlugs.keys()],
    level: unique(query.level).filter((l) => isOneOf(LEVELS, l)),
    theme: unique(query.theme).filter((t) => isOneOf(THEMES, t)),
    year: years,
  };
  const filter: LibraryFilter = {
    ...emptyFilter(),
    type: selection.type,
    country: selection.country,
    region: selection.region.map((slug) => regions.find((r) => r.slug === slug)!.id),
    organisation: [...orgSlugs.values()],
    level: selection.level,
    theme: selection.theme,
    year: years.map(Number),
    includeMembersOnly: canReadMembersOnly(viewer),
  };
  return { selection, filter, regions, orgSlugs };
}

/** Facet values with a count, plus the selected ones, in reading order. */
async function facetOptions(
  db: Kysely<DB>,
  counts: FacetCounts,
  parsed: Parsed,
  locale: string,
): Promise<Record<Facet, FacetOption[]>> {
  const { selection, regions, orgSlugs } = parsed;
  const maps = Object.fromEntries(
    FACETS.map((f) => [f, new Map(counts[f].map((c) => [c.value, c.count]))]),
  ) as Record<Facet, Map<string, number>>;
  const countOf = (facet: Facet, key: string) => maps[facet].get(key) ?? 0;
  const inOrder = (facet: Facet, order: readonly string[]): FacetOption[] =>
    order
      .map((value) => ({
        value,
        count: countOf(facet, value),
        selected: selection[facet].includes(value),
        name: null,
      }))
      .filter((o) => o.count > 0 || o.selected);
  const compare = compareIn(locale);
  const byName = (list: FacetOption[]) => list.sort((a, b) => compare(a.name ?? '', b.name ?? ''));

  const countryCodes = new Set([...counts.country.map((c) => c.value), ...selection.country]);
  const countries = [...countryCodes].map((code) => ({
    value: code,
    count: countOf('country', code),
    selected: selection.country.includes(code),
    name: countryName(code, locale),
  }));

  const regionOptions = regions
    .map((r) => ({
      value: r.slug,
      count: countOf('region', r.id),
      selected: selection.region.includes(r.slug),
      name: regionName(r, locale),
    }))
    .filter((o) => o.count > 0 || o.selected);

  // Thousands of organisations make no usable checkbox list: offer the busiest ones (and the
  // selected); the others stay reachable from their organisation pages and through search.
  const busiest = [...counts.organisation]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_ORGANISATION_OPTIONS);
  const orgIds = new Set([...busiest.map((c) => c.value), ...orgSlugs.values()]);
  const organisations = (await organisationNames(db, [...orgIds]))
    .map((o) => ({
      value: o.slug,
      count: countOf('organisation', o.id),
      selected: orgSlugs.has(o.slug),
      name: o.name,
    }))
    .filter((o) => o.count > 0 || o.selected);

  const years = new Set([...counts.year.map((c) => c.value), ...selection.year]);
  return {
    type: inOrder('type', CONTENT_TYPES),
    country: byName(countries),
    region: byName(regionOptions),
    organisation: byName(organisations),
    level: inOrder('level', LEVELS),
    theme: inOrder('theme', THEMES),
    year: inOrder(
      'year',
      [...years].sort((a, b) => Number(b) - Number(a)),
    ),
  };
}

function organisationsNotShown(counts: FacetCounts, facets: Record<Facet, FacetOption[]>): number {
  return Math.max(
    0,
    counts.organisation.filter((c) => c.count > 0).length -
      facets.organisation.filter((o) => o.count > 0).length,
  );
}

function pageCountOf(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export async function libraryListing(
  deps: Deps,
  query: LibraryQuery,
  locale: string,
  viewer: Actor | null,
): Promise<{ ok: true; view: ListingView } | NotFound> {
  const [parsed, index] = await Promise.all([parseQuery(deps.db, query, viewer), facetIndex(deps.db)]);
  const page = query.page ?? 1;
  const found = pageOf(index, parsed.filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const counts = countsOf(index, parsed.filter);
  const pageCount = pageCountOf(found.total);
  if (page > pageCount) return { ok: false, reason: 'not_found' };
  const [results, facets] = await Promise.all([
    summaries(deps.db, found.ids, locale),
    facetOptions(deps.db, counts, parsed, locale),
  ]);
  return {
    ok: true,
    view: {
      selection: parsed.selection,
      facets,
      organisationsNotShown: organisationsNotShown(counts, facets),
      results,
      total: found.total,
      page,
      pageCount,
    },
  };
}

interface Ranked {
  /** Matching items within the filter, one per item (its best version), best first. */
  ids: string[];
  /** Language of each item's best-ranked version. */
  hitLang: Map<string, string>;
  /** Facet counts over every match the viewer may see. */
  counts: FacetCounts;
}

/** One candidate per matching item (its best-ranked version), resolved against the index once per answer. */
const resolvedAnswers = new WeakMap<
  readonly SearchHit[],
  { list: CandidateList; hitLang: Map<string, string> }
>();

function resolve(
  index: FacetIndex,
  hits: readonly SearchHit[],
): { list: CandidateList; hitLang: Map<string, string> } {
  const known = resolvedAnswers.get(hits);
  if (known && known.list.index === index) return known;
  const hitLang = new Map<string, string>();
  for (const hit of hits) if (!hitLang.has(hit.itemId)) hitLang.set(hit.itemId, hit.lang);
  const resolved = { list: candidateList(index, [...hitLang.keys()]), hitLang };
  resolvedAnswers.set(hits, resolved);
  return resolved;
}

/** Items matching the terms, filtered and counted on the library's index. */
async function rankedMatches(
  deps: Deps,
  index: FacetIndex,
  terms: string[],
  filter: LibraryFilter,
  limit: number,
): Promise<Ranked> {
  // Answers are cached per index version (cachedQuery), so the same answer meets the same index.
  const { list, hitLang } = resolve(index, await cachedQuery(deps, index.version, { terms, limit }));
  const { ids, counts } = filterCandidates(filter, list);
  return { ids, hitLang, counts };
}

/** Items matching the terms that the filter lets through, best first: the library's search, also behind the search API. */
export async function searchMatches(deps: Deps, terms: string[], filter: LibraryFilter): Promise<Ranked> {
  return rankedMatches(deps, await facetIndex(deps.db), terms, filter, SEARCH_CANDIDATES);
}

/** Snippet text of each result: the shown version, or the matching version when only that matches. */
async function withSnippetSources(
  db: Kysely<DB>,
  results: ItemSummary[],
  hitLang: Map<string, string>,
  terms: string[],
): Promise<ResultItem[]> {
  const pairs = results.flatMap((r) => [
    { itemId: r.id, lang: r.lang },
    { itemId: r.id, lang: hitLang.get(r.id) ?? r.lang },
  ]);
  const texts = await liveTexts(db, pairs);
  const source = (id: string, lang: string) => {
    const t = texts.get(textKey(id, lang));
    return t ? { text: `${t.summary} ${stripMarkdown(t.body)}`, lang } : null;
  };
  return results.map((r) => {
    const shown = source(r.id, r.lang);
    const hit = hitLang.get(r.id);
    const other = hit && hit !== r.lang && !(shown && hasMatch(shown.text, terms)) ? source(r.id, hit) : null;
    const chosen = other && hasMatch(other.text, terms) ? other : shown;
    return chosen ? { ...r, snippetSource: chosen } : r;
  });
}

export async function searchLibrary(
  deps: Deps,
  query: LibraryQuery,
  locale: string,
  viewer: Actor | null,
): Promise<{ ok: true; view: SearchView } | NotFound> {
  const { q, shortened } = cutQuery(query.q);
  const terms = searchTerms(q);
  const parsed = await parseQuery(deps.db, query, viewer);
  const page = query.page ?? 1;
  const state: SearchView['state'] = q === '' ? 'empty' : terms.length === 0 ? 'no_terms' : 'searched';
  if (state !== 'searched') {
    if (page > 1) return { ok: false, reason: 'not_found' };
    const none = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, FacetOption[]>;
    return {
      ok: true,
      view: {
        selection: parsed.selection,
        facets: none,
        organisationsNotShown: 0,
        results: [],
        total: 0,
        page: 1,
        pageCount: 1,
        q,
        terms,
        state,
        shortened,
      },
    };
  }
  const ranked = await searchMatches(deps, terms, parsed.filter);
  const pageCount = pageCountOf(ranked.ids.length);
  if (page > pageCount) return { ok: false, reason: 'not_found' };
  const { counts } = ranked;
  const found = await summaries(deps.db, ranked.ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), locale);
  const [facets, results] = await Promise.all([
    facetOptions(deps.db, counts, parsed, locale),
    withSnippetSources(deps.db, found, ranked.hitLang, terms),
  ]);
  const view = {
    selection: parsed.selection,
    facets,
    organisationsNotShown: organisationsNotShown(counts, facets),
    results,
    total: ranked.ids.length,
    page,
    pageCount,
  };
  return { ok: true, view: { ...view, q, terms, state, shortened } };
}

export interface ExportRow extends ItemSummary {
  countries: string[];
  themes: string[];
}

/** Every item of a library view (a search too, when q is given), up to EXPORT_LIMIT. */
export async function libraryExport(
  deps: Deps,
  query: LibraryQuery,
  locale: string,
  viewer: Actor | null,
): Promise<ExportRow[]> {
  const [parsed, index] = await Promise.all([parseQuery(deps.db, query, viewer), facetIndex(deps.db)]);
  const terms = searchTerms(cutQuery(query.q).q);
  const ids = query.q?.trim()
    ? (await rankedMatches(deps, index, terms, parsed.filter, EXPORT_LIMIT)).ids
    : pageOf(index, parsed.filter, { limit: EXPORT_LIMIT, offset: 0 }).ids;
  const rows: ExportRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    const [found, links] = await Promise.all([
      summaries(deps.db, slice, locale),
      countriesAndThemes(deps.db, slice),
    ]);
    for (const s of found)
      rows.push({ ...s, countries: links.get(s.id)?.countries ?? [], themes: links.get(s.id)?.themes ?? [] });
  }
  return rows;
}

export interface ItemPage {
  view: ItemView;
  canEdit: boolean;
}

/**
 * An item as the viewer may see it; members-only items are not found for visitors. A taskforce
 * dossier has its own page, so its library address answers with "dossier" (the route redirects).
 */
export async function itemPage(
  deps: Deps,
  slug: string,
  locale: string,
  viewer: Actor | null,
): Promise<{ ok: true; page: ItemPage } | NotFound | { ok: false; reason: 'dossier' }> {
  const result = await readItem(deps.db, slug, locale, viewer);
  if (!result.ok) return { ok: false, reason: 'not_found' };
  const type: string = result.view.item.type;
  if (type === DOSSIER_TYPE) return { ok: false, reason: 'dossier' };
  if (!isOneOf(ITEM_TYPES, type)) return { ok: false, reason: 'not_found' };
  return { ok: true, page: { view: result.view, canEdit: canEditItem(viewer, result.view.item) } };
}

/** Every listed public item's page (the library's, or the taskforce section's for a dossier), for the sitemap. */
export async function itemAddresses(deps: Pick<Deps, 'db'>): Promise<SitemapPage[]> {
  return (await publicItemAddresses(deps.db)).map((i) => ({
    path: (l: string) => itemPath(l, i),
    lastmod: i.updatedAt,
  }));
}
