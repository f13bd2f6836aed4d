// The library listing: listed items filtered by combinable facets (OR within a facet, AND across
// facets), newest first, with a count per facet value computed with every other facet applied.
// Served from the in-memory facet index (facet-index.ts), which the database keeps current.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { Bitset, facetIndex, VALUE_FACETS, type FacetIndex } from './facet-index.ts';

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
  /** Restrict to these ids (the candidates of a text search), or null for no restriction. */
  ids: string[] | null;
  includeMembersOnly: boolean;
}

export function emptyFilter(): LibraryFilter {
  return { type: [], country: [], region: [], organisation: [], level: [], theme: [], year: [], ids: null, includeMembersOnly: false };
}

/** The base set (visibility, dossiers, text-search candidates) and one OR-mask per active facet. */
function masks(index: FacetIndex, filter: LibraryFilter): { base: Bitset; active: Map<Facet, Bitset> } {
  const size = index.ids.length;
  const base = new Bitset(size).copyFrom(filter.includeMembersOnly ? Bitset.full(size) : index.publicOnly);
  // Browsing the library shows knowledge items; taskforce dossiers have their own section and are
  // found by text search (filter.ids) or when asked for by type.
  if (index.facets.type.code.has('taskforce') && !filter.ids && !filter.type.includes('taskforce')) base.andInPlace(index.notDossier);
  if (filter.ids) {
    const ids = new Bitset(size);
    for (const id of filter.ids) {
      const i = index.position.get(id);
      if (i !== undefined) ids.set(i);
    }
    base.andInPlace(ids);
  }
  const active = new Map<Facet, Bitset>();
  for (const facet of VALUE_FACETS) {
    const selected = facet === 'year' ? filter.year.map(String) : filter[facet];
    if (selected.length === 0) continue;
    const union = new Bitset(size);
    const col = index.facets[facet];
    for (const value of selected) {
      const code = col.code.get(value);
      if (code !== undefined) union.orInPlace(col.postings[code]!);
    }
    active.set(facet, union);
  }
  return { base, active };
}

/** The items matching every active facet except `except`, written into `into`. */
function matching(m: { base: Bitset; active: Map<Facet, Bitset> }, except: Facet | null, into: Bitset): Bitset {
  into.copyFrom(m.base);
  for (const [facet, union] of m.active) if (facet !== except) into.andInPlace(union);
  return into;
}

export interface Page {
  ids: string[];
  total: number;
}

export interface Cursor {
  sortDate: string | null;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sortDate, c.id])).toString('base64url');
}

export function decodeCursor(value: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [sortDate, id] = parsed as unknown[];
    if ((sortDate !== null && typeof sortDate !== 'string') || typeof id !== 'string' || id.length > 64) return null;
    return { sortDate, id };
  } catch {
    return null;
  }
}

/** One page of matching item ids, newest first (undated items after every dated one). */
export async function listPage(db: Kysely<DB>, filter: LibraryFilter, page: { limit: number; offset?: number; after?: Cursor | null }): Promise<Page> {
  const index = await facetIndex(db);
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

/** The sort position of an item, for building the next cursor. */
export async function cursorOf(db: Kysely<DB>, id: string): Promise<Cursor | null> {
  const index = await facetIndex(db);
  const i = index.position.get(id);
  if (i === undefined) return null;
  const key = index.sortKeys[i]!;
  return { sortDate: key === '0000-00-00' ? null : key, id };
}

export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

/** Per facet, how many items each value would match with every other facet applied. */
export async function facetCounts(db: Kysely<DB>, filter: LibraryFilter): Promise<FacetCounts> {
  const index = await facetIndex(db);
  const m = masks(index, filter);
  const scratch = new Bitset(index.ids.length);
  const out = {} as FacetCounts;
  for (const facet of VALUE_FACETS) {
    const mask = matching(m, facet, scratch);
    const col = index.facets[facet];
    const counts = new Uint32Array(col.values.length);
    const { offsets, codes } = col;
    const words = mask.words;
    // The hot loop of the library page: visit set bits and count their values, inline.
    for (let w = 0; w < words.length; w++) {
      let word = words[w]!;
      while (word !== 0) {
        const i = (w << 5) + 31 - Math.clz32(word & -word);
        word &= word - 1;
        for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) counts[codes[k]!]!++;
      }
    }
    out[facet] = [];
    counts.forEach((count, code) => {
      if (count > 0) out[facet].push({ value: col.values[code]!, count });
    });
  }
  return out;
}
