// What the exchange reads and writes of items in bulk: every item with its versions and links in
// a few queries (the export), the stored items of a file's slugs, and the original publication
// date of an imported version. Plain functions taking the database or a transaction first.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toItem, toVersion } from './repository.ts';
import type { ItemRecord, VersionRecord } from './repository.ts';
import type { OrgRole } from './domain/type-specs.ts';

export interface ItemExportRows {
  items: ItemRecord[];
  versions: Map<string, VersionRecord[]>;
  organisations: Map<string, { organisationId: string; role: OrgRole }[]>;
  countries: Map<string, string[]>;
  regions: Map<string, string[]>;
  levels: Map<string, string[]>;
  themes: Map<string, string[]>;
  related: Map<string, string[]>;
}

/** Rows grouped by item, keeping only the items in `keep`. */
export function group<R, V>(
  rows: R[],
  key: (r: R) => string,
  value: (r: R) => V,
  keep: Set<string>,
): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    if (!keep.has(k)) continue;
    const list = out.get(k);
    if (list) list.push(value(r));
    else out.set(k, [value(r)]);
  }
  return out;
}

/**
 * Every item that is not deleted (editors), or only the published public ones (everyone
 * else), with versions and links. Link tables are read whole and filtered here: one query per
 * table beats an IN list of every item id.
 */
export async function readItemExportRows(db: Kysely<DB>, everything: boolean): Promise<ItemExportRows> {
  let q = db.selectFrom('items').selectAll().where('deleted_at', 'is', null);
  if (!everything) q = q.where('listed', '=', true).where('visibility', '=', 'public');
  const items = (await q.orderBy('slug').execute()).map(toItem);
  const keep = new Set(items.map((i) => i.id));
  let versionQuery = db.selectFrom('item_versions').selectAll();
  if (!everything) versionQuery = versionQuery.where('published_at', 'is not', null);
  const [versions, orgs, countries, regions, levels, themes, related] = await Promise.all([
    versionQuery.orderBy('lang').execute(),
    db.selectFrom('item_organisations').selectAll().execute(),
    db.selectFrom('item_countries').selectAll().execute(),
    db.selectFrom('item_regions').selectAll().execute(),
    db.selectFrom('item_levels').selectAll().execute(),
    db.selectFrom('item_themes').selectAll().execute(),
    db.selectFrom('item_relations').selectAll().execute(),
  ]);
  return {
    items,
    versions: group(versions, (r) => r.item_id, toVersion, keep),
    organisations: group(
      orgs,
      (r) => r.item_id,
      (r) => ({ organisationId: r.organisation_id, role: r.role }),
      keep,
    ),
    countries: group(
      countries,
      (r) => r.item_id,
      (r) => r.country_code,
      keep,
    ),
    regions: group(
      regions,
      (r) => r.item_id,
      (r) => r.region_id,
      keep,
    ),
    levels: group(
      levels,
      (r) => r.item_id,
      (r) => r.level,
      keep,
    ),
    themes: group(
      themes,
      (r) => r.item_id,
      (r) => r.theme,
      keep,
    ),
    related: group(
      related,
      (r) => r.item_id,
      (r) => r.related_id,
      keep,
    ),
  };
}

/** Item slugs, including deleted items (their slugs stay taken), with type and deletion. */
export async function existingItems(
  db: Kysely<DB>,
  slugs: string[],
): Promise<Map<string, { id: string; type: string; deleted: boolean }>> {
  const out = new Map<string, { id: string; type: string; deleted: boolean }>();
  for (let i = 0; i < slugs.length; i += 500) {
    const rows = await db
      .selectFrom('items')
      .select(['id', 'slug', 'type', 'deleted_at'])
      .where('slug', 'in', slugs.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.slug, { id: r.id, type: r.type, deleted: r.deleted_at !== null });
  }
  return out;
}

/** Keep the original publication date of an imported version (feeds and sorting rely on it). */
export async function setPublishedAt(db: Kysely<DB>, versionId: string, publishedAt: string): Promise<void> {
  await db
    .updateTable('item_versions')
    .set({ published_at: publishedAt })
    .where('id', '=', versionId)
    .where('published_at', 'is not', null)
    .execute();
}
