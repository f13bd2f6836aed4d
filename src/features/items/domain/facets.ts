// Queries on the facet index (../read-model.ts): listed items filtered by combinable facets (OR
// within a facet, AND across facets), newest first, with a count per facet value computed with
// every other facet applied; and text-search candidates filtered and counted one by one. Pure.
import type { Cursor } from '../../../lib/cursor.ts';
import { Bitset } from './bitset.ts';
import { CONTENT_TYPES, type ContentType } from '../../../kernel/content-types.ts';
import { VALUE_FACETS, type FacetColumn, type FacetIndex, type LinkFacet } from './facet-index.ts';

export const FACETS = ['type', 'country', 'region', 'organisation', 'level', 'theme', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface LibraryFilter {
  type: string[];
  country: string[];
  region: string[];
  /** Organisation ids. */
  organisation: string[];
  level: string[];
  theme: string[];
  year: number[];
  includeMembersOnly: boolean;
}

export function emptyFilter(): LibraryFilter {
  return {
    type: [],
    country: [],
    region: [],
    organisation: [],
    level: [],
    theme: [],
    year: [],
    includeMembersOnly: false,
  };
}

/** Selected value codes of one active facet, as flags indexed by code. */
interface ActiveFacet {
  facet: Facet;
  column: FacetColumn;
  selected: Uint8Array;
}

/** Facets with at least one selected value the index knows; a value it does not know matches nothing. */
function activeFacets(index: FacetIndex, filter: LibraryFilter): ActiveFacet[] {
  const out: ActiveFacet[] = [];
  for (const facet of VALUE_FACETS) {
    const wanted = facet === 'year' ? filter.year.map(String) : filter[facet];
    if (wanted.length === 0) continue;
    const column = index.facets[facet];
    const selected = new Uint8Array(column.values.length);
    for (const value of wanted) {
      const code = column.code.get(value);
      if (code !== undefined) selected[code] = 1;
    }
    out.push({ facet, column, selected });
  }
  return out;
}

/** Visibility, and dossiers left out of browsing (they have their own section; the type facet and text search find them). */
function baseSet(index: FacetIndex, filter: LibraryFilter): Bitset {
  const size = index.ids.length;
  const base = new Bitset(size).copyFrom(filter.includeMembersOnly ? Bitset.full(size) : index.publicOnly);
  if (index.facets.type.code.has('taskforce') && !filter.type.includes('taskforce'))
    base.andInPlace(index.notDossier);
  return base;
}

/** The items of one active facet's selected values (OR within the facet). */
function unionOf(index: FacetIndex, active: ActiveFacet): Bitset {
  const union = new Bitset(index.ids.length);
  active.selected.forEach((on, code) => {
    if (on) union.orInPlace(active.column.postings[code]!);
  });
  return union;
}

/** The base set and one OR-mask per active facet, for filters over the whole index. */
function masks(index: FacetIndex, filter: LibraryFilter): { base: Bitset; active: Map<Facet, Bitset> } {
  return {
    base: baseSet(index, filter),
    active: new Map(activeFacets(index, filter).map((a) => [a.facet, unionOf(index, a)])),
  };
}

/** The items matching every active facet except `except`, written into `into`. */
function matching(
  m: { base: Bitset; active: Map<Facet, Bitset> },
  except: Facet | null,
  into: Bitset,
): Bitset {
  into.copyFrom(m.base);
  for (const [facet, union] of m.active) if (facet !== except) into.andInPlace(union);
  return into;
}

/** Does item i carry one of the selected values of this facet? */
function passes(active: ActiveFacet, i: number): boolean {
  const { offsets, codes } = active.column;
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) if (active.selected[codes[k]!]) return true;
  return false;
}

export interface Page {
  ids: string[];
  total: number;
}

/** One page of matching item ids, newest first (undated items after every dated one). */
export function pageOf(
  index: FacetIndex,
  filter: LibraryFilter,
  page: { limit: number; offset?: number; after?: Cursor | null },
): Page {
  const mask = matching(masks(index, filter), null, new Bitset(index.ids.length));
  let start = 0;
  if (page.after) {
    // First position strictly after the cursor in (sortKey desc, id desc) order.
    const key = page.after.sortDate ?? '0000-00-00';
    let lo = 0;
    let hi = index.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = index.sortKeys[mid]!;
      const after = k < key || (k === key && index.ids[mid]! < page.after.id);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const ids: string[] = [];
  let skip = page.offset ?? 0;
  mask.forEach((i) => {
    if (i < start) return;
    if (skip > 0) {
      skip--;
      return;
    }
    ids.push(index.ids[i]!);
    return ids.length < page.limit;
  });
  return { ids, total: mask.count() };
}

export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

function countsFrom(
  index: FacetIndex,
  tally: (facet: (typeof VALUE_FACETS)[number], counts: Uint32Array) => void,
): FacetCounts {
  const out = {} as FacetCounts;
  for (const facet of VALUE_FACETS) {
    const col = index.facets[facet];
    const counts = new Uint32Array(col.values.length);
    tally(facet, counts);
    const list: { value: string; count: number }[] = [];
    for (let code = 0; code < counts.length; code++)
      if (counts[code]! > 0) list.push({ value: col.values[code]!, count: counts[code]! });
    out[facet] = list;
  }
  return out;
}

/** Counts of the unfiltered library, the same for every visitor until the index changes. */
const unfilteredCounts = new WeakMap<FacetIndex, Map<boolean, FacetCounts>>();

/** Per facet, how many items each value would match with every other facet applied. */
export function countsOf(index: FacetIndex, filter: LibraryFilter): FacetCounts {
  const unfiltered = VALUE_FACETS.every((facet) => filter[facet].length === 0);
  const cached = unfiltered ? unfilteredCounts.get(index)?.get(filter.includeMembersOnly) : undefined;
  if (cached) return cached;
  const m = masks(index, filter);
  const scratch = new Bitset(index.ids.length);
  const counts = countsFrom(index, (facet, counts) => {
    const { offsets, codes } = index.facets[facet];
    const words = matching(m, facet, scratch).words;
    // The hot loop of the library page: visit set bits and count their values, inline.
    for (let w = 0; w < words.length; w++) {
      let word = words[w]!;
      while (word !== 0) {
        const i = (w << 5) + 31 - Math.clz32(word & -word);
        word &= word - 1;
        for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) counts[codes[k]!]!++;
      }
    }
  });
  if (unfiltered) {
    for (const facet of FACETS) Object.freeze(counts[facet]);
    const byAudience = unfilteredCounts.get(index) ?? new Map<boolean, FacetCounts>();
    byAudience.set(filter.includeMembersOnly, Object.freeze(counts));
    unfilteredCounts.set(index, byAudience);
  }
  return counts;
}

/** Candidates of a text search: item ids, best first, and their positions in one index (-1: not listed). */
export interface CandidateList {
  index: FacetIndex;
  ids: string[];
  positions: Int32Array;
}

export function candidateList(index: FacetIndex, ids: string[]): CandidateList {
  return { index, ids, positions: Int32Array.from(ids, (id) => index.position.get(id) ?? -1) };
}

export interface Candidates {
  /** The candidates the filter lets through, in the order given. */
  ids: string[];
  /** Per facet, how many candidates each value would match with every other facet applied. */
  counts: FacetCounts;
}

/**
 * Filter and count a short list of candidates (text-search matches, dossiers included) by visiting
 * each candidate instead of every item: per candidate, which active facets it fails; it counts
 * towards a facet's values when it fails no other facet, and it is a result when it fails none.
 */
export function filterCandidates(filter: LibraryFilter, candidates: CandidateList): Candidates {
  const { index } = candidates;
  const active = activeFacets(index, filter);
  const visible = filter.includeMembersOnly ? null : index.publicOnly;
  const total = candidates.ids.length;
  const positions = new Uint32Array(total);
  const failed = new Uint32Array(total);
  const ids: string[] = [];
  let n = 0;
  for (let c = 0; c < total; c++) {
    const i = candidates.positions[c]!;
    if (i < 0 || (visible && !visible.has(i))) continue;
    let fails = 0;
    for (let bit = 0; bit < active.length; bit++) if (!passes(active[bit]!, i)) fails |= 1 << bit;
    positions[n] = i;
    failed[n++] = fails;
    if (fails === 0) ids.push(candidates.ids[c]!);
  }
  const counts = countsFrom(index, (facet, counts) => {
    const bit = active.findIndex((a) => a.facet === facet);
    const others = bit < 0 ? 0xffffffff : ~(1 << bit);
    const { offsets, codes } = index.facets[facet];
    for (let m = 0; m < n; m++) {
      if ((failed[m]! & others) !== 0) continue;
      const i = positions[m]!;
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) counts[codes[k]!]!++;
    }
  });
  return { ids, counts };
}

// --- Scopes: the listed items linked to some values of the link facets (an organisation, a
// country and its regions), grouped by type — what organisation and country pages list.

export interface TypeGroup {
  type: ContentType;
  total: number;
  /** The newest `perType` ids, newest first (undated last). */
  ids: string[];
}

/** Items linked to any of these values of a link facet (organisation ids, country codes, region ids). */
export type LinkScope = { facet: LinkFacet; values: string[] }[];

export function scopeBits(index: FacetIndex, scope: LinkScope, includeMembersOnly: boolean): Bitset {
  const union = new Bitset(index.ids.length);
  for (const { facet, values } of scope) {
    const col = index.facets[facet];
    for (const value of values) {
      const code = col.code.get(value);
      if (code !== undefined) union.orInPlace(col.postings[code]!);
    }
  }
  return includeMembersOnly ? union : union.and(index.publicOnly);
}

/**
 * Listed items in scope, grouped by type: a count per type and the newest few of each. Read from
 * the library's in-memory facet index (kept current by the database), so a page about an
 * organisation or a country with thousands of items costs a few bitset operations, not GROUP BYs.
 */
export function newestOfScope(
  index: FacetIndex,
  scope: LinkScope,
  options: { includeMembersOnly: boolean; perType: number },
): TypeGroup[] {
  const inScope = scopeBits(index, scope, options.includeMembersOnly);
  const types = index.facets.type;
  const groups: TypeGroup[] = [];
  for (const type of CONTENT_TYPES) {
    const code = types.code.get(type);
    if (code === undefined) continue;
    const bits = inScope.and(types.postings[code]!);
    const total = bits.count();
    if (total === 0) continue;
    const ids: string[] = [];
    bits.forEach((i) => {
      ids.push(index.ids[i]!);
      return ids.length < options.perType;
    });
    groups.push({ type, total, ids });
  }
  return groups;
}

/** The number of listed items in each scope (an item once, however many of its links match). */
export function countOfScopes(
  index: FacetIndex,
  scopes: Map<string, LinkScope>,
  includeMembersOnly: boolean,
): Map<string, number> {
  return new Map(
    [...scopes].map(([key, scope]) => [key, scopeBits(index, scope, includeMembersOnly).count()]),
  );
}
