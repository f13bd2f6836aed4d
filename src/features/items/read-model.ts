// The facet index: an in-memory read model of the listed items for facet filtering, counting and
// paging (domain/facets.ts). Counting seven facets over 100,000 items with GROUP BY costs hundreds
// of milliseconds in SQL; over bitsets in memory it costs a few. The model is derived from the
// database only and keyed by the content version (kernel/content-version.ts), which every change to
// content bumps in its own transaction: each process rebuilds its copy when it sees a new version,
// so several processes stay consistent.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';
import { readContentVersion } from '../../kernel/content-version.ts';
import { Bitset } from './domain/bitset.ts';
import {
  column,
  LINK_FACETS,
  type FacetColumn,
  type FacetIndex,
  type IndexedFacet,
  type LinkFacet,
} from './domain/facet-index.ts';

const LINK_SOURCES: Record<
  LinkFacet,
  {
    table: 'item_countries' | 'item_regions' | 'item_organisations' | 'item_levels' | 'item_themes';
    column: string;
  }
> = {
  country: { table: 'item_countries', column: 'country_code' },
  region: { table: 'item_regions', column: 'region_id' },
  organisation: { table: 'item_organisations', column: 'organisation_id' },
  level: { table: 'item_levels', column: 'level' },
  theme: { table: 'item_themes', column: 'theme' },
};

async function build(db: Kysely<DB>, version: string): Promise<FacetIndex> {
  const rows = await db
    .selectFrom('items')
    .select(['id', 'type', 'year', 'sort_date', 'visibility'])
    .where('listed', '=', true)
    .where('deleted_at', 'is', null)
    .execute();
  const key = (r: { sort_date: string | null }) => r.sort_date ?? '0000-00-00';
  rows.sort((a, b) =>
    key(a) === key(b) ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : key(a) < key(b) ? 1 : -1,
  );
  const size = rows.length;
  const position = new Map(rows.map((r, i) => [r.id, i]));
  const publicOnly = new Bitset(size);
  const notDossier = new Bitset(size);
  rows.forEach((r, i) => {
    if (r.visibility === 'public') publicOnly.set(i);
    if (r.type !== DOSSIER_TYPE) notDossier.set(i);
  });
  const facets = {
    type: column(
      size,
      rows.map((r, i) => ({ i, value: r.type })),
    ),
    year: column(
      size,
      rows.flatMap((r, i) => (r.year === null ? [] : [{ i, value: String(r.year) }])),
    ),
  } as Record<IndexedFacet, FacetColumn>;
  for (const facet of LINK_FACETS) {
    const { table, column: col } = LINK_SOURCES[facet];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const links: { item_id: string; value: string }[] = await (db as unknown as Kysely<any>)
      .selectFrom(table)
      .select(['item_id', `${col} as value`])
      .execute();
    const pairs: { i: number; value: string }[] = [];
    for (const link of links) {
      const i = position.get(link.item_id);
      if (i !== undefined) pairs.push({ i, value: String(link.value) });
    }
    facets[facet] = column(size, pairs);
  }
  return {
    version,
    ids: rows.map((r) => r.id),
    sortKeys: rows.map(key),
    position,
    publicOnly,
    notDossier,
    facets,
  };
}

const cache = new WeakMap<object, { index: FacetIndex | null; building: Promise<FacetIndex> | null }>();

/** The current index for this database, rebuilt when another change has been recorded. */
export async function facetIndex(db: Kysely<DB>): Promise<FacetIndex> {
  const version = await readContentVersion(db);
  const entry = cache.get(db);
  if (entry?.index && entry.index.version === version) return entry.index;
  if (entry?.building) return entry.building;
  const building = build(db, version);
  cache.set(db, { index: entry?.index ?? null, building });
  try {
    const index = await building;
    cache.set(db, { index, building: null });
    return index;
  } catch (err) {
    cache.delete(db);
    throw err;
  }
}
