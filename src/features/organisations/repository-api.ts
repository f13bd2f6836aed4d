// Read queries the API needs beyond the item, library and organisation repositories: languages
// per item, public visibility checks, organisation and event pages, counts per country, members.
// Everything here reads public data only (listed, public, not deleted; organisations not merged).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Cursor } from '../../lib/cursor.ts';

/** Languages with a live version, per item. */
export async function liveLanguages(db: Kysely<DB>, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('item_versions')
    .select(['item_id', 'lang'])
    .where('item_id', 'in', ids)
    .where('published_at', 'is not', null)
    .orderBy('lang')
    .execute();
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.lang]);
  return out;
}

/** Slugs of published public items related to this one, in either direction. */
export async function publicRelatedSlugs(db: Kysely<DB>, itemId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('items')
    .select('slug')
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('item_relations').select('related_id').where('item_id', '=', itemId)),
        eb('id', 'in', eb.selectFrom('item_relations').select('item_id').where('related_id', '=', itemId)),
      ]),
    )
    .where('id', '!=', itemId)
    .where('listed', '=', true)
    .where('visibility', '=', 'public')
    .where('deleted_at', 'is', null)
    .orderBy('slug')
    .execute();
  return rows.map((r) => r.slug);
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

export interface MembershipRow {
  organisationId: string;
  slug: string;
  name: string;
  shortName: string | null;
  countryCode: string | null;
  role: string;
  memberSince: string | null;
  status: 'active' | 'former';
}

export async function listMemberships(
  db: Kysely<DB>,
  filter: { countryCode?: string; status?: 'active' | 'former' },
): Promise<MembershipRow[]> {
  let q = db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id',
      'organisations.slug',
      'organisations.name',
      'organisations.short_name',
      'organisations.country_code',
      'memberships.role',
      'memberships.member_since',
      'memberships.status',
    ])
    .where('organisations.merged_into_id', 'is', null);
  if (filter.countryCode) q = q.where('organisations.country_code', '=', filter.countryCode);
  if (filter.status) q = q.where('memberships.status', '=', filter.status);
  const rows = await q.orderBy('organisations.country_code').orderBy('organisations.name').execute();
  return rows.map((r) => ({
    organisationId: r.id,
    slug: r.slug,
    name: r.name,
    shortName: r.short_name,
    countryCode: r.country_code,
    role: r.role,
    memberSince: r.member_since,
    status: r.status,
  }));
}

export interface EventRow {
  id: string;
  startsOn: string;
  endsOn: string | null;
  venue: string | null;
  city: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
}

const END = sql<string>`coalesce(items.ends_on, items.starts_on)`;

/**
 * Published public meetings and events. Upcoming: not yet ended, soonest first; past: ended,
 * latest first. The cursor is the (startsOn, id) of the last row of the previous page.
 */
export async function eventPage(
  db: Kysely<DB>,
  input: { when: 'upcoming' | 'past'; today: string; limit: number; after: Cursor | null },
): Promise<{ rows: EventRow[]; total: number }> {
  const upcoming = input.when === 'upcoming';
  const base = db
    .selectFrom('items')
    .where('items.type', 'in', ['meeting', 'event'])
    .where('items.listed', '=', true)
    .where('items.visibility', '=', 'public')
    .where('items.deleted_at', 'is', null)
    .where('items.starts_on', 'is not', null)
    .where(END, upcoming ? '>=' : '<', input.today);
  let rows = base.select([
    'items.id',
    'items.starts_on',
    'items.ends_on',
    'items.venue',
    'items.city',
    'items.online_url',
    'items.registration_url',
  ]);
  const after = input.after;
  if (after?.sortDate) {
    const op = upcoming ? '>' : '<';
    rows = rows.where((eb) =>
      eb.or([
        eb('items.starts_on', op, after.sortDate),
        eb.and([eb('items.starts_on', '=', after.sortDate), eb('items.id', op, after.id)]),
      ]),
    );
  }
  const direction = upcoming ? 'asc' : 'desc';
  const [found, count] = await Promise.all([
    rows.orderBy('items.starts_on', direction).orderBy('items.id', direction).limit(input.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: found.map((r) => ({
      id: r.id,
      startsOn: r.starts_on ?? '',
      endsOn: r.ends_on,
      venue: r.venue,
      city: r.city,
      onlineUrl: r.online_url,
      registrationUrl: r.registration_url,
    })),
    total: Number(count.n),
  };
}
