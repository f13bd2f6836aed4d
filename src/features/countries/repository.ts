// Reads of the country pages and the countries API: members and published items per country, and
// the countries something public is linked to.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Active members per country code. */
export async function memberCounts(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.country_code as code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('memberships.status', '=', 'active')
    .where('organisations.merged_into_id', 'is', null)
    .groupBy('organisations.country_code')
    .execute();
  return new Map(rows.flatMap((r) => (r.code ? [[r.code, Number(r.n)] as const] : [])));
}

/** Published public items and active members per country code. */
export async function countsPerCountry(
  db: Kysely<DB>,
): Promise<{ items: Map<string, number>; members: Map<string, number> }> {
  const [items, members] = await Promise.all([
    db
      .selectFrom('item_countries')
      .innerJoin('items', 'items.id', 'item_countries.item_id')
      .select(['item_countries.country_code as code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('items.listed', '=', true)
      .where('items.visibility', '=', 'public')
      .where('items.deleted_at', 'is', null)
      .groupBy('item_countries.country_code')
      .execute(),
    db
      .selectFrom('memberships')
      .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
      .select(['organisations.country_code as code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('memberships.status', '=', 'active')
      .where('organisations.merged_into_id', 'is', null)
      .where('organisations.country_code', 'is not', null)
      .groupBy('organisations.country_code')
      .execute(),
  ]);
  return {
    items: new Map(items.map((r) => [r.code, Number(r.n)])),
    members: new Map(members.map((r) => [r.code ?? '', Number(r.n)])),
  };
}

/** Codes of the countries something public is linked to (a listed public item, an organisation). */
export async function countriesWithContent(db: Kysely<DB>): Promise<string[]> {
  const [itemCountries, orgCountries] = await Promise.all([
    db
      .selectFrom('item_countries')
      .innerJoin('items', 'items.id', 'item_countries.item_id')
      .select('item_countries.country_code')
      .distinct()
      .where('items.listed', '=', true)
      .where('items.visibility', '=', 'public')
      .where('items.deleted_at', 'is', null)
      .execute(),
    db
      .selectFrom('organisations')
      .select('country_code')
      .distinct()
      .where('merged_into_id', 'is', null)
      .where('country_code', 'is not', null)
      .execute(),
  ]);
  const codes = new Set(
    [...itemCountries.map((r) => r.country_code), ...orgCountries.map((r) => r.country_code ?? '')].filter(
      Boolean,
    ),
  );
  return [...codes].sort();
}
