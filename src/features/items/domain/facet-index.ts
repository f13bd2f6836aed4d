// The shape of the facet index (the read model of listed items, built in ../read-model.ts): items
// newest first, a visibility mask, and per facet its values with a bitset per value and each
// item's value codes (CSR layout). Pure; the index itself is built from the database elsewhere.
import { Bitset } from './bitset.ts';

export const LINK_FACETS = ['country', 'region', 'organisation', 'level', 'theme'] as const;
export type LinkFacet = (typeof LINK_FACETS)[number];
export const VALUE_FACETS = ['type', 'year', ...LINK_FACETS] as const;
export type IndexedFacet = (typeof VALUE_FACETS)[number];

/** One facet: its values, a bitset per value, and each item's value codes (CSR layout). */
export interface FacetColumn {
  readonly values: string[];
  readonly code: Map<string, number>;
  readonly postings: Bitset[];
  /** Codes of item i are codes[offsets[i]] … codes[offsets[i + 1] - 1]. */
  readonly offsets: Uint32Array;
  readonly codes: Uint32Array;
}

export interface FacetIndex {
  readonly version: string;
  /** Item ids, newest first (sort_date desc, undated last, then id desc). */
  readonly ids: string[];
  readonly sortKeys: string[];
  readonly position: Map<string, number>;
  readonly publicOnly: Bitset;
  /** Every item that is not a taskforce dossier. */
  readonly notDossier: Bitset;
  readonly facets: Record<IndexedFacet, FacetColumn>;
}

/** One facet column from (item position, value) pairs; duplicate pairs count once. */
export function column(size: number, pairs: { i: number; value: string }[]): FacetColumn {
  const code = new Map<string, number>();
  const values: string[] = [];
  for (const p of pairs) if (!code.has(p.value)) code.set(p.value, values.push(p.value) - 1);
  const postings = values.map(() => new Bitset(size));
  const unique = pairs.filter((p) => {
    const bits = postings[code.get(p.value)!]!;
    if (bits.has(p.i)) return false;
    bits.set(p.i);
    return true;
  });
  const offsets = new Uint32Array(size + 1);
  for (const p of unique) offsets[p.i + 1]!++;
  for (let i = 0; i < size; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, size);
  const codes = new Uint32Array(unique.length);
  for (const p of unique) codes[fill[p.i]!++] = code.get(p.value)!;
  return { values, code, postings, offsets, codes };
}
