// What the feeds read: recent publications.
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
