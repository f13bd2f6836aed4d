// What the export reads in bulk, and the few writes the import needs that the item, organisation
// and taskforce repositories do not offer (publication date, organisation record fields, the date
// of a dossier's last status change).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { bumpContentVersion } from '../../kernel/content-version.ts';
import { toItem, toVersion, type ItemRecord, type VersionRecord } from '../items/repository.ts';
import type { OrgRole } from '../items/domain/type-specs.ts';
import {
  listAllEntries,
  listDetails,
  type DossierDetails,
  type TimelineEntry,
} from '../taskforces/repository.ts';

export interface ExportRows {
  items: ItemRecord[];
  versions: Map<string, VersionRecord[]>;
  organisations: Map<string, { organisationId: string; role: OrgRole }[]>;
  countries: Map<string, string[]>;
  regions: Map<string, string[]>;
  levels: Map<string, string[]>;
  themes: Map<string, string[]>;
  related: Map<string, string[]>;
  /** Dossier details by item id. */
  dossiers: Map<string, DossierDetails>;
  /** Timeline entries by dossier (item) id. */
  timelines: Map<string, TimelineEntry[]>;
}

function group<R, V>(
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
export async function readExportRows(db: Kysely<DB>, everything: boolean): Promise<ExportRows> {
  let q = db.selectFrom('items').selectAll().where('deleted_at', 'is', null);
  if (!everything) q = q.where('listed', '=', true).where('visibility', '=', 'public');
  const items = (await q.orderBy('slug').execute()).map(toItem);
  const keep = new Set(items.map((i) => i.id));
  let versionQuery = db.selectFrom('item_versions').selectAll();
  if (!everything) versionQuery = versionQuery.where('published_at', 'is not', null);
  const [versions, orgs, countries, regions, levels, themes, related, details, entries] = await Promise.all([
    versionQuery.orderBy('lang').execute(),
    db.selectFrom('item_organisations').selectAll().execute(),
    db.selectFrom('item_countries').selectAll().execute(),
    db.selectFrom('item_regions').selectAll().execute(),
    db.selectFrom('item_levels').selectAll().execute(),
    db.selectFrom('item_themes').selectAll().execute(),
    db.selectFrom('item_relations').selectAll().execute(),
    listDetails(db),
    listAllEntries(db),
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
    dossiers: new Map(details.filter((d) => keep.has(d.itemId)).map((d) => [d.itemId, d])),
    timelines: group(
      entries,
      (e) => e.taskforceId,
      (e) => e,
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

/** Keep the imported date of a dossier's last status change (the repository sets "now"). */
export async function setStatusChangedAt(
  db: Kysely<DB>,
  itemId: string,
  statusChangedAt: string,
): Promise<void> {
  await db
    .updateTable('taskforce_details')
    .set({ status_changed_at: statusChangedAt })
    .where('item_id', '=', itemId)
    .execute();
}

export interface OrganisationFields {
  name: string;
  shortName: string | null;
  kind: string;
  countryCode: string | null;
  regionId: string | null;
  website: string | null;
  logoUrl: string | null;
}

export async function updateOrganisationFields(
  db: Kysely<DB>,
  id: string,
  fields: OrganisationFields,
  now: string,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({
      name: fields.name,
      short_name: fields.shortName,
      kind: fields.kind,
      country_code: fields.countryCode,
      region_id: fields.regionId,
      website: fields.website,
      logo_url: fields.logoUrl,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  // Names are shown with items and searched with them: like every content change, a new version.
  await bumpContentVersion(db, now);
}
