// Reads of the country pages: which listed items belong to a country (linked to it or to one of
// its regions) and the number of active members per country.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { LinkScope } from '../organisations/repository-links.ts';

/** Scope for newestByType() and countInScope(): items linked to the country or to any of its regions. */
export function countryScope(code: string, regionIds: string[]): LinkScope {
  return [
    { facet: 'country', values: [code] },
    { facet: 'region', values: regionIds },
  ];
}

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
