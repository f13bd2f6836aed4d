// Reads of the organisation pages beyond organisations/repository.ts: the A–Z directory with its
// filters, and the listed items linked to an organisation (or a country), newest first per type.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { facetIndex } from '../items/read-model.ts';
import { Bitset } from '../items/domain/bitset.ts';
import type { FacetIndex, LinkFacet } from '../items/domain/facet-index.ts';
import { CONTENT_TYPES, type ContentType } from '../../kernel/content-types.ts';
import type { OrgRole } from '../items/domain/type-specs.ts';

export interface DirectoryRow {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: string;
  countryCode: string | null;
}

export interface DirectoryFilter {
  countryCode: string | null;
  kind: string | null;
}

/** Organisations that were not merged away (unsorted: the service sorts by the reader's collation). */
export async function listDirectory(db: Kysely<DB>, filter: DirectoryFilter): Promise<DirectoryRow[]> {
  let q = db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'short_name', 'kind', 'country_code'])
    .where('merged_into_id', 'is', null);
  if (filter.countryCode) q = q.where('country_code', '=', filter.countryCode);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind,
    countryCode: r.country_code,
  }));
}

/** Listed item types as grouped on pages: the knowledge item types, then taskforce dossiers. */
export type GroupType = ContentType;

export interface TypeGroup {
  type: GroupType;
  total: number;
  /** The newest `perType` ids, newest first (undated last). */
  ids: string[];
}

/** Items linked to any of these values of a link facet (organisation ids, country codes, region ids). */
export type LinkScope = { facet: LinkFacet; values: string[] }[];

function scopeBits(index: FacetIndex, scope: LinkScope, includeMembersOnly: boolean): Bitset {
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
export async function newestByType(
  db: Kysely<DB>,
  scope: LinkScope,
  options: { includeMembersOnly: boolean; perType: number },
): Promise<TypeGroup[]> {
  const index = await facetIndex(db);
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
export async function countInScope(
  db: Kysely<DB>,
  scopes: Map<string, LinkScope>,
  includeMembersOnly: boolean,
): Promise<Map<string, number>> {
  const index = await facetIndex(db);
  return new Map(
    [...scopes].map(([key, scope]) => [key, scopeBits(index, scope, includeMembersOnly).count()]),
  );
}

/** The roles in which the organisation is linked to each of the given items. */
export async function rolesOf(
  db: Kysely<DB>,
  organisationId: string,
  itemIds: string[],
): Promise<Map<string, OrgRole[]>> {
  const out = new Map<string, OrgRole[]>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom('item_organisations')
    .select(['item_id', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('item_id', 'in', itemIds)
    .execute();
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.role]);
  return out;
}

/** Every item linked to the organisation (any state), for re-indexing after a merge. */
export async function allLinkedItemIds(db: Kysely<DB>, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('item_organisations')
    .select('item_id')
    .distinct()
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => r.item_id);
}

export async function countLinks(db: Kysely<DB>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('item_organisations')
    .select((eb) => eb.fn.count<number>('item_id').distinct().as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countPublicItemsOfOrganisation(
  db: Kysely<DB>,
  organisationId: string,
): Promise<number> {
  const row = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('listed', '=', true)
    .where('visibility', '=', 'public')
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('item_organisations')
          .select(sql`1`.as('one'))
          .whereRef('item_organisations.item_id', '=', 'items.id')
          .where('item_organisations.organisation_id', '=', organisationId),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface OrganisationFilter {
  countryCode?: string;
  member?: boolean;
}

/** Ids of organisations (not merged away) ordered by slug, after the cursor slug. */
export async function organisationPage(
  db: Kysely<DB>,
  filter: OrganisationFilter,
  page: { limit: number; afterSlug: string | null },
): Promise<{ ids: string[]; total: number }> {
  let base = db.selectFrom('organisations').where('organisations.merged_into_id', 'is', null);
  if (filter.countryCode) base = base.where('organisations.country_code', '=', filter.countryCode);
  if (filter.member) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships')
          .select(sql`1`.as('one'))
          .whereRef('memberships.organisation_id', '=', 'organisations.id')
          .where('memberships.status', '=', 'active'),
      ),
    );
  }
  let rows = base.select(['organisations.id', 'organisations.slug']);
  if (page.afterSlug !== null) rows = rows.where('organisations.slug', '>', page.afterSlug);
  const [found, count] = await Promise.all([
    rows.orderBy('organisations.slug').limit(page.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: found.map((r) => r.id), total: Number(count.n) };
}
