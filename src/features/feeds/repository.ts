// What the feeds and the sitemap read: recent publications and the addresses of public records.
// Public data only: listed, public, not deleted items; organisations not merged away.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface LiveVersion {
  itemId: string;
  slug: string;
  type: string;
  originalLang: string;
  organisationName: string | null;
  lang: string;
  title: string;
  summary: string;
  publishedAt: string;
}

const publicItems = (db: Kysely<DB>) =>
  db
    .selectFrom('items')
    .where('items.listed', '=', true)
    .where('items.visibility', '=', 'public')
    .where('items.deleted_at', 'is', null);

/** Items with the most recent publications (of any language), newest first. */
export async function recentlyPublishedItems(db: Kysely<DB>, limit: number): Promise<string[]> {
  const rows = await publicItems(db)
    .innerJoin('item_versions', 'item_versions.item_id', 'items.id')
    .where('item_versions.published_at', 'is not', null)
    .select(['items.id', 'item_versions.published_at'])
    .orderBy('item_versions.published_at', 'desc')
    .orderBy('items.id', 'desc')
    .limit(limit)
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}

/** Every live version of the given items. */
export async function liveVersionsOf(db: Kysely<DB>, ids: string[]): Promise<LiveVersion[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('item_versions')
    .innerJoin('items', 'items.id', 'item_versions.item_id')
    .leftJoin('organisations', 'organisations.id', 'items.organisation_id')
    .select([
      'items.id',
      'items.slug',
      'items.type',
      'items.original_lang',
      'organisations.name as org_name',
      'item_versions.lang',
      'item_versions.live_title',
      'item_versions.live_summary',
      'item_versions.published_at',
    ])
    .where('item_versions.item_id', 'in', ids)
    .where('item_versions.published_at', 'is not', null)
    .execute();
  return rows.map((r) => ({
    itemId: r.id,
    slug: r.slug,
    type: r.type,
    originalLang: r.original_lang,
    organisationName: r.org_name,
    lang: r.lang,
    title: r.live_title ?? '',
    summary: r.live_summary ?? '',
    publishedAt: r.published_at ?? '',
  }));
}

export interface SitemapRecords {
  items: { slug: string; type: string; updatedAt: string }[];
  organisations: { slug: string; updatedAt: string }[];
  countries: string[];
}

/** Every public record with a page; countries only when something is linked to them. */
export async function sitemapRecords(db: Kysely<DB>): Promise<SitemapRecords> {
  const [items, organisations, itemCountries, orgCountries] = await Promise.all([
    publicItems(db).select(['items.slug', 'items.type', 'items.updated_at']).orderBy('items.slug').execute(),
    db
      .selectFrom('organisations')
      .select(['slug', 'updated_at'])
      .where('merged_into_id', 'is', null)
      .orderBy('slug')
      .execute(),
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
  return {
    items: items.map((r) => ({ slug: r.slug, type: r.type, updatedAt: r.updated_at })),
    organisations: organisations.map((r) => ({ slug: r.slug, updatedAt: r.updated_at })),
    countries: [...codes].sort(),
  };
}
