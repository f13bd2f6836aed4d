// The library listing: listed items filtered by combinable facets (OR within a facet, AND across
// facets), newest first, with a count per facet value computed with every other facet applied.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.ts';

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

type EB = ExpressionBuilder<DB, 'items'>;

const LINKS = {
  country: { table: 'item_countries', column: 'country_code' },
  region: { table: 'item_regions', column: 'region_id' },
  organisation: { table: 'item_organisations', column: 'organisation_id' },
  level: { table: 'item_levels', column: 'level' },
  theme: { table: 'item_themes', column: 'theme' },
} as const;
type LinkFacet = keyof typeof LINKS;

function conditions(eb: EB, filter: LibraryFilter, except: Facet | null): Expression<SqlBool>[] {
  const list: Expression<SqlBool>[] = [eb('items.listed', '=', true)];
  if (!filter.includeMembersOnly) list.push(eb('items.visibility', '=', 'public'));
  if (filter.ids) list.push(filter.ids.length ? eb('items.id', 'in', filter.ids) : sql<SqlBool>`1 = 0`);
  if (except !== 'type' && filter.type.length) list.push(eb('items.type', 'in', filter.type));
  if (except !== 'year' && filter.year.length) list.push(eb('items.year', 'in', filter.year));
  for (const facet of Object.keys(LINKS) as LinkFacet[]) {
    const values = filter[facet];
    if (facet === except || values.length === 0) continue;
    const { table, column } = LINKS[facet];
    list.push(
      eb.exists(
        eb
          .selectFrom(table)
          .select(sql`1`.as('one'))
          .whereRef(`${table}.item_id` as never, '=', 'items.id')
          .where(`${table}.${column}` as never, 'in', values as never),
      ),
    );
  }
  return list;
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

// Newest first; undated items (programmes without a start date) after every dated one.
const SORT_KEY = sql<string>`coalesce(items.sort_date, '0000-00-00')`;

export async function listPage(db: Kysely<DB>, filter: LibraryFilter, page: { limit: number; offset?: number; after?: Cursor | null }): Promise<Page> {
  const base = db.selectFrom('items').where((eb) => eb.and(conditions(eb, filter, null)));
  let rows = base.select(['items.id', 'items.sort_date']);
  if (page.after) {
    const key = page.after.sortDate ?? '0000-00-00';
    rows = rows.where((eb) => eb.or([eb(SORT_KEY, '<', key), eb.and([eb(SORT_KEY, '=', key), eb('items.id', '<', page.after!.id)])]));
  }
  const [found, count] = await Promise.all([
    rows.orderBy(SORT_KEY, 'desc').orderBy('items.id', 'desc').limit(page.limit).offset(page.offset ?? 0).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: found.map((r) => r.id), total: Number(count.n) };
}

export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

export async function facetCounts(db: Kysely<DB>, filter: LibraryFilter): Promise<FacetCounts> {
  const single = async (facet: 'type' | 'year') => {
    const column = facet === 'type' ? 'items.type' : 'items.year';
    const rows = await db
      .selectFrom('items')
      .where((eb) => eb.and(conditions(eb, filter, facet)))
      .where(column, 'is not', null)
      .select([`${column} as value`, (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(column)
      .execute();
    return rows.map((r) => ({ value: String(r.value), count: Number(r.n) }));
  };
  const linked = async (facet: LinkFacet) => {
    const { table, column } = LINKS[facet];
    // The table is chosen at run time, so this one query is typed loosely.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const loose = db as unknown as Kysely<any>;
    const rows: { value: unknown; n: unknown }[] = await loose
      .selectFrom('items')
      .innerJoin(table as string, `${table}.item_id`, 'items.id')
      .where((eb) => eb.and(conditions(eb as unknown as EB, filter, facet)))
      .select([sql.ref(`${table}.${column}`).as('value'), sql<number>`count(distinct items.id)`.as('n')])
      .groupBy(`${table}.${column}`)
      .execute();
    return rows.map((r) => ({ value: String(r.value), count: Number(r.n) }));
  };
  const [type, year, country, region, organisation, level, theme] = await Promise.all([
    single('type'), single('year'), linked('country'), linked('region'), linked('organisation'), linked('level'), linked('theme'),
  ]);
  return { type, year, country, region, organisation, level, theme };
}
