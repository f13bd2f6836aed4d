// Reads of the organisation pages beyond repository.ts: the A–Z directory with its filters, the
// roles and counts of an organisation's links to items, and the API's pages of organisations.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
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
