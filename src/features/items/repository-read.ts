// The few reads the library needs beyond the library and item repositories: the live text of
// given language versions (for search snippets) and the country and theme codes of many items
// at once (for the CSV export). Plain functions taking the database first.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

export interface LiveText {
  summary: string;
  body: string;
}

export const textKey = (itemId: string, lang: string) => `${itemId}|${lang}`;

/** Live summary and body of the given (item, language) pairs, keyed by textKey(). */
export async function liveTexts(
  db: Kysely<DB>,
  pairs: { itemId: string; lang: string }[],
): Promise<Map<string, LiveText>> {
  const wanted = new Set(pairs.map((p) => textKey(p.itemId, p.lang)));
  const out = new Map<string, LiveText>();
  for (const ids of chunks([...new Set(pairs.map((p) => p.itemId))])) {
    const rows = await db
      .selectFrom('item_versions')
      .select(['item_id', 'lang', 'live_summary', 'live_body'])
      .where('item_id', 'in', ids)
      .where('published_at', 'is not', null)
      .execute();
    for (const r of rows) {
      const key = textKey(r.item_id, r.lang);
      if (wanted.has(key)) out.set(key, { summary: r.live_summary ?? '', body: r.live_body ?? '' });
    }
  }
  return out;
}

/** Country and theme codes per item, each list sorted. */
export async function countriesAndThemes(
  db: Kysely<DB>,
  itemIds: string[],
): Promise<Map<string, { countries: string[]; themes: string[] }>> {
  const out = new Map<string, { countries: string[]; themes: string[] }>(
    itemIds.map((id) => [id, { countries: [], themes: [] }]),
  );
  for (const ids of chunks(itemIds)) {
    const [countries, themes] = await Promise.all([
      db
        .selectFrom('item_countries')
        .select(['item_id', 'country_code'])
        .where('item_id', 'in', ids)
        .orderBy('country_code')
        .execute(),
      db
        .selectFrom('item_themes')
        .select(['item_id', 'theme'])
        .where('item_id', 'in', ids)
        .orderBy('theme')
        .execute(),
    ]);
    for (const c of countries) out.get(c.item_id)?.countries.push(c.country_code);
    for (const t of themes) out.get(t.item_id)?.themes.push(t.theme);
  }
  return out;
}

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

/** Slug, type and last change of every listed public item (the sitemap's item pages), by slug. */
export async function publicItemAddresses(
  db: Kysely<DB>,
): Promise<{ slug: string; type: string; updatedAt: string }[]> {
  const rows = await db
    .selectFrom('items')
    .select(['slug', 'type', 'updated_at'])
    .where('listed', '=', true)
    .where('visibility', '=', 'public')
    .where('deleted_at', 'is', null)
    .orderBy('slug')
    .execute();
  return rows.map((r) => ({ slug: r.slug, type: r.type, updatedAt: r.updated_at }));
}

/** The rows behind item summaries: the records (with the owner's names), live texts and levels. */
export async function summaryRows(db: Kysely<DB>, ids: string[]) {
  const [items, versions, levels] = await Promise.all([
    db
      .selectFrom('items')
      .leftJoin('organisations', 'organisations.id', 'items.organisation_id')
      .select([
        'items.id',
        'items.slug',
        'items.type',
        'items.original_lang',
        'items.visibility',
        'items.sort_date',
        'items.year',
        'items.starts_on',
        'items.ends_on',
        'organisations.name as org_name',
        'organisations.short_name as org_short',
        'organisations.slug as org_slug',
      ])
      .where('items.id', 'in', ids)
      .where('items.deleted_at', 'is', null)
      .execute(),
    db
      .selectFrom('item_versions')
      .select(['item_id', 'lang', 'live_title', 'live_summary'])
      .where('item_id', 'in', ids)
      .where('published_at', 'is not', null)
      .execute(),
    db.selectFrom('item_levels').select(['item_id', 'level']).where('item_id', 'in', ids).execute(),
  ]);
  return { items, versions, levels };
}

/** The attachments of an item, oldest first. */
export async function attachmentsOf(
  db: Kysely<DB>,
  itemId: string,
): Promise<
  { id: string; title: string; filename: string; mime: string; size: number; lang: string | null }[]
> {
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'title', 'filename', 'mime', 'size', 'lang'])
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .execute();
  return rows.map((a) => ({ ...a, size: Number(a.size) }));
}

/** Related items in both directions, listed and (for visitors) public, newest first. */
export async function visibleRelated(
  db: Kysely<DB>,
  itemId: string,
  outgoing: string[],
  includeMembersOnly: boolean,
): Promise<string[]> {
  const incoming = await db
    .selectFrom('item_relations')
    .select('item_id')
    .where('related_id', '=', itemId)
    .execute();
  const ids = [...new Set([...outgoing, ...incoming.map((r) => r.item_id)])].filter((id) => id !== itemId);
  if (ids.length === 0) return [];
  let q = db
    .selectFrom('items')
    .select(['id', 'sort_date'])
    .where('id', 'in', ids)
    .where('listed', '=', true)
    .where('deleted_at', 'is', null);
  if (!includeMembersOnly) q = q.where('visibility', '=', 'public');
  const rows = await q.orderBy('sort_date', 'desc').execute();
  return rows.map((r) => r.id);
}

/** An organisation as item pages name it. */
export interface OrganisationRef {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
}

/** Names of the given organisations (the owner and linked organisations of an item). */
export async function organisationRefs(db: Kysely<DB>, ids: string[]): Promise<OrganisationRef[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'short_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, shortName: r.short_name }));
}

/** The slug of an item by its id (deleted or not); null when there is no such item. */
export async function itemSlug(db: Kysely<DB>, id: string): Promise<string | null> {
  const row = await db.selectFrom('items').select('slug').where('id', '=', id).executeTakeFirst();
  return row?.slug ?? null;
}

/** The id of the item with this slug (deleted or not); null when the slug is free. */
export async function itemIdBySlug(db: Kysely<DB>, slug: string): Promise<string | null> {
  const row = await db.selectFrom('items').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id ?? null;
}
