// Knowledge items: the language-neutral record, its language versions (working and live copy),
// its links, and its revisions. Plain functions taking the database or a transaction first.
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ItemsTable, ItemVersionsTable, VersionState } from './tables.ts';
import {
  derivedDates,
  parseFields,
  type ItemLinks,
  type ItemRecord,
  type ItemWrite,
  type Revision,
  type VersionRecord,
  type VersionText,
} from './domain/records.ts';

export { parseFields };
export type { ItemLinks, ItemRecord, ItemWrite, Revision, VersionRecord, VersionText };
import { toBool } from '../../db/dialect.ts';
import type { ContentType } from '../../kernel/content-types.ts';
import type { NeutralField } from './domain/type-specs.ts';
import { bumpContentVersion } from '../../kernel/content-version.ts';

const NEUTRAL_COLUMNS = {
  publishedOn: 'published_on',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  yearStart: 'year_start',
  yearEnd: 'year_end',
  externalUrl: 'external_url',
  registrationUrl: 'registration_url',
  onlineUrl: 'online_url',
  venue: 'venue',
  city: 'city',
  fundingProgramme: 'funding_programme',
  grantReference: 'grant_reference',
} as const satisfies Record<NeutralField, keyof ItemsTable>;

export function toItem(row: Selectable<ItemsTable>): ItemRecord {
  const neutral = {} as Record<NeutralField, string | number | null>;
  for (const [field, column] of Object.entries(NEUTRAL_COLUMNS) as [NeutralField, keyof ItemsTable][]) {
    const value = row[column];
    neutral[field] =
      value === null || value === undefined
        ? null
        : field === 'yearStart' || field === 'yearEnd'
          ? Number(value)
          : String(value);
  }
  return {
    id: row.id,
    slug: row.slug,
    type: row.type as ContentType,
    originalLang: row.original_lang,
    visibility: row.visibility,
    organisationId: row.organisation_id,
    neutral,
    sourceNote: row.source_note,
    year: row.year === null ? null : Number(row.year),
    sortDate: row.sort_date,
    listed: toBool(row.listed),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toVersion(row: Selectable<ItemVersionsTable>): VersionRecord {
  return {
    id: row.id,
    itemId: row.item_id,
    lang: row.lang,
    state: row.state,
    title: row.title,
    summary: row.summary,
    body: row.body,
    fields: parseFields(row.fields),
    live:
      row.published_at !== null && row.live_title !== null
        ? {
            title: row.live_title,
            summary: row.live_summary ?? '',
            body: row.live_body ?? '',
            fields: parseFields(row.live_fields),
          }
        : null,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function neutralColumns(neutral: Partial<Record<NeutralField, string | number | null>>) {
  const out: Partial<Record<(typeof NEUTRAL_COLUMNS)[NeutralField], string | number | null>> = {};
  for (const [field, column] of Object.entries(NEUTRAL_COLUMNS) as [
    NeutralField,
    (typeof NEUTRAL_COLUMNS)[NeutralField],
  ][]) {
    const value = neutral[field];
    out[column] = value === undefined || value === '' ? null : value;
  }
  return out;
}

export async function insertItem(
  db: Kysely<DB>,
  id: string,
  item: ItemWrite,
  actorId: string | null,
  now: string,
): Promise<void> {
  const { year, sortDate } = derivedDates(item.neutral);
  await db
    .insertInto('items')
    .values({
      id,
      slug: item.slug,
      type: item.type,
      original_lang: item.originalLang,
      visibility: item.visibility,
      organisation_id: item.organisationId,
      ...(neutralColumns(item.neutral) as Record<string, string | number | null>),
      source_note: item.sourceNote,
      year,
      sort_date: sortDate,
      listed: false,
      created_by: actorId,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    } as never)
    .execute();
  await bumpContentVersion(db, now);
}

export async function updateItem(
  db: Kysely<DB>,
  id: string,
  item: Omit<ItemWrite, 'slug' | 'type'>,
  now: string,
): Promise<void> {
  const { year, sortDate } = derivedDates(item.neutral);
  await db
    .updateTable('items')
    .set({
      original_lang: item.originalLang,
      visibility: item.visibility,
      organisation_id: item.organisationId,
      ...(neutralColumns(item.neutral) as Record<string, string | number | null>),
      source_note: item.sourceNote,
      year,
      sort_date: sortDate,
      updated_at: now,
    } as never)
    .where('id', '=', id)
    .execute();
  await bumpContentVersion(db, now);
}

export async function findItemBySlug(db: Kysely<DB>, slug: string): Promise<ItemRecord | null> {
  const row = await db
    .selectFrom('items')
    .selectAll()
    .where('slug', '=', slug)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toItem(row) : null;
}

export async function findItemById(db: Kysely<DB>, id: string): Promise<ItemRecord | null> {
  const row = await db
    .selectFrom('items')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toItem(row) : null;
}

export async function slugTaken(db: Kysely<DB>, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('items').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined
  );
}

export async function listVersions(db: Kysely<DB>, itemId: string): Promise<VersionRecord[]> {
  const rows = await db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('lang')
    .execute();
  return rows.map(toVersion);
}

export async function findVersion(
  db: Kysely<DB>,
  itemId: string,
  lang: string,
): Promise<VersionRecord | null> {
  const row = await db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('lang', '=', lang)
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}

export async function insertVersion(
  db: Kysely<DB>,
  v: { id: string; itemId: string; lang: string; text: VersionText; actorId: string | null; now: string },
): Promise<void> {
  await db
    .insertInto('item_versions')
    .values({
      id: v.id,
      item_id: v.itemId,
      lang: v.lang,
      state: 'draft',
      title: v.text.title,
      summary: v.text.summary,
      body: v.text.body,
      fields: JSON.stringify(v.text.fields),
      live_title: null,
      live_summary: null,
      live_body: null,
      live_fields: null,
      published_at: null,
      created_at: v.now,
      updated_at: v.now,
      updated_by: v.actorId,
    })
    .execute();
}

export async function updateVersionText(
  db: Kysely<DB>,
  id: string,
  text: VersionText,
  state: VersionState,
  actorId: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('item_versions')
    .set({
      title: text.title,
      summary: text.summary,
      body: text.body,
      fields: JSON.stringify(text.fields),
      state,
      updated_at: now,
      updated_by: actorId,
    })
    .where('id', '=', id)
    .execute();
}

/** Copy the working text to the live copy: what readers see from now on. */
export async function publishVersion(
  db: Kysely<DB>,
  id: string,
  actorId: string | null,
  now: string,
): Promise<void> {
  const row = await db
    .selectFrom('item_versions')
    .select(['title', 'summary', 'body', 'fields', 'published_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('item_versions')
    .set({
      state: 'published',
      live_title: row.title,
      live_summary: row.summary,
      live_body: row.body,
      live_fields: row.fields,
      published_at: row.published_at ?? now,
      updated_at: now,
      updated_by: actorId,
    })
    .where('id', '=', id)
    .execute();
}

/** Take the version off the site (unpublish or archive): the live copy is cleared. */
export async function withdrawVersion(
  db: Kysely<DB>,
  id: string,
  state: 'draft' | 'archived',
  actorId: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('item_versions')
    .set({
      state,
      live_title: null,
      live_summary: null,
      live_body: null,
      live_fields: null,
      published_at: null,
      updated_at: now,
      updated_by: actorId,
    })
    .where('id', '=', id)
    .execute();
}

export async function setVersionState(
  db: Kysely<DB>,
  id: string,
  state: VersionState,
  actorId: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('item_versions')
    .set({ state, updated_at: now, updated_by: actorId })
    .where('id', '=', id)
    .execute();
}

/** An item is listed while it is not deleted and at least one language version is live. */
export async function refreshListed(db: Kysely<DB>, itemId: string, now: string): Promise<boolean> {
  const live = await db
    .selectFrom('item_versions')
    .select('id')
    .where('item_id', '=', itemId)
    .where('published_at', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  const item = await db.selectFrom('items').select('deleted_at').where('id', '=', itemId).executeTakeFirst();
  const listed = live !== undefined && item?.deleted_at === null;
  await db.updateTable('items').set({ listed, updated_at: now }).where('id', '=', itemId).execute();
  await bumpContentVersion(db, now);
  return listed;
}

export async function markDeleted(db: Kysely<DB>, itemId: string, now: string): Promise<void> {
  await db
    .updateTable('items')
    .set({ deleted_at: now, listed: false, updated_at: now })
    .where('id', '=', itemId)
    .execute();
  await bumpContentVersion(db, now);
}

export async function readLinks(db: Kysely<DB>, itemId: string): Promise<ItemLinks> {
  const [organisations, countries, regions, levels, themes, related] = await Promise.all([
    db
      .selectFrom('item_organisations')
      .select(['organisation_id', 'role'])
      .where('item_id', '=', itemId)
      .execute(),
    db
      .selectFrom('item_countries')
      .select('country_code')
      .where('item_id', '=', itemId)
      .orderBy('country_code')
      .execute(),
    db.selectFrom('item_regions').select('region_id').where('item_id', '=', itemId).execute(),
    db.selectFrom('item_levels').select('level').where('item_id', '=', itemId).execute(),
    db.selectFrom('item_themes').select('theme').where('item_id', '=', itemId).execute(),
    db.selectFrom('item_relations').select('related_id').where('item_id', '=', itemId).execute(),
  ]);
  return {
    organisations: organisations.map((o) => ({ id: o.organisation_id, role: o.role })),
    countries: countries.map((c) => c.country_code),
    regions: regions.map((r) => r.region_id),
    levels: levels.map((l) => l.level),
    themes: themes.map((t) => t.theme),
    related: related.map((r) => r.related_id),
  };
}

/** Replace every link of the item (one transaction is the caller's). */
export async function writeLinks(db: Kysely<DB>, itemId: string, links: ItemLinks): Promise<void> {
  await db.deleteFrom('item_organisations').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_countries').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_regions').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_levels').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_themes').where('item_id', '=', itemId).execute();
  await db.deleteFrom('item_relations').where('item_id', '=', itemId).execute();
  const unique = <T>(list: T[], key: (x: T) => string) => [...new Map(list.map((x) => [key(x), x])).values()];
  const orgs = unique(links.organisations, (o) => `${o.id}|${o.role}`);
  if (orgs.length)
    await db
      .insertInto('item_organisations')
      .values(orgs.map((o) => ({ item_id: itemId, organisation_id: o.id, role: o.role })))
      .execute();
  const many = async <
    T extends 'item_countries' | 'item_regions' | 'item_levels' | 'item_themes' | 'item_relations',
  >(
    table: T,
    column: string,
    values: string[],
  ) => {
    const list = [...new Set(values)];
    if (list.length)
      await db
        .insertInto(table)
        .values(list.map((v) => ({ item_id: itemId, [column]: v })) as never)
        .execute();
  };
  await many('item_countries', 'country_code', links.countries);
  await many('item_regions', 'region_id', links.regions);
  await many('item_levels', 'level', links.levels);
  await many('item_themes', 'theme', links.themes);
  await many(
    'item_relations',
    'related_id',
    links.related.filter((r) => r !== itemId),
  );
  // No version bump here: links are written with insertItem/updateItem in one transaction, and those bump.
}

export async function insertRevision(
  db: Kysely<DB>,
  r: {
    id: string;
    itemId: string;
    lang: string;
    text: VersionText;
    note: string | null;
    actorId: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('item_revisions')
    .values({
      id: r.id,
      item_id: r.itemId,
      lang: r.lang,
      snapshot: JSON.stringify(r.text),
      note: r.note,
      created_by: r.actorId,
      created_at: r.now,
    })
    .execute();
}

function toSnapshot(json: string): VersionText {
  const parsed = parseFields(null);
  try {
    const value = JSON.parse(json) as Partial<VersionText>;
    return {
      title: String(value.title ?? ''),
      summary: String(value.summary ?? ''),
      body: String(value.body ?? ''),
      fields:
        typeof value.fields === 'object' && value.fields ? (value.fields as Record<string, string>) : parsed,
    };
  } catch {
    return { title: '', summary: '', body: '', fields: parsed };
  }
}

export async function listRevisions(db: Kysely<DB>, itemId: string, lang: string): Promise<Revision[]> {
  const rows = await db
    .selectFrom('item_revisions')
    .leftJoin('users', 'users.id', 'item_revisions.created_by')
    .select([
      'item_revisions.id',
      'item_revisions.item_id',
      'item_revisions.lang',
      'item_revisions.snapshot',
      'item_revisions.note',
      'item_revisions.created_by',
      'item_revisions.created_at',
      'users.display_name',
    ])
    .where('item_revisions.item_id', '=', itemId)
    .where('item_revisions.lang', '=', lang)
    .orderBy('item_revisions.created_at', 'desc')
    .orderBy('item_revisions.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    lang: r.lang,
    snapshot: toSnapshot(r.snapshot),
    note: r.note,
    createdBy: r.created_by,
    createdByName: r.display_name,
    createdAt: r.created_at,
  }));
}

/** How many of the given ids (codes) exist in a table of references: to check links before writing. */
export async function countExisting(
  db: Kysely<DB>,
  table: 'organisations' | 'countries' | 'regions' | 'items',
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows =
    table === 'countries'
      ? await db.selectFrom('countries').select('code').where('code', 'in', ids).execute()
      : await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return rows.length;
}

/** The language and date of one revision of an item. */
export async function findRevision(
  db: Kysely<DB>,
  itemId: string,
  revisionId: string,
): Promise<{ lang: string; createdAt: string } | null> {
  const row = await db
    .selectFrom('item_revisions')
    .select(['lang', 'created_at'])
    .where('id', '=', revisionId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row ? { lang: row.lang, createdAt: row.created_at } : null;
}

/** Names an item is found by besides its text: its organisations (with aliases), its countries. */
export async function searchableNames(
  db: Kysely<DB>,
  itemId: string,
): Promise<{ organisationNames: string[]; countries: string[] }> {
  const orgs = await db
    .selectFrom('item_organisations')
    .innerJoin('organisations', 'organisations.id', 'item_organisations.organisation_id')
    .leftJoin('organisation_aliases', 'organisation_aliases.organisation_id', 'organisations.id')
    .select(['organisations.name', 'organisations.short_name', 'organisation_aliases.alias'])
    .where('item_organisations.item_id', '=', itemId)
    .execute();
  const countries = await db
    .selectFrom('item_countries')
    .select('country_code')
    .where('item_id', '=', itemId)
    .execute();
  const organisationNames: string[] = [];
  for (const o of orgs) for (const n of [o.name, o.short_name, o.alias]) if (n) organisationNames.push(n);
  return { organisationNames, countries: countries.map((c) => c.country_code) };
}

/** Record that something about the item changed that its own columns do not show (a dossier's details). */
export async function touchItem(db: Kysely<DB>, itemId: string, now: string): Promise<void> {
  await db.updateTable('items').set({ updated_at: now }).where('id', '=', itemId).execute();
}

/** Relate items (either direction counts as related); pairs already related stay as they are. */
export async function addRelations(db: Kysely<DB>, itemId: string, relatedIds: string[]): Promise<void> {
  if (relatedIds.length === 0) return;
  await db
    .insertInto('item_relations')
    .values(relatedIds.map((r) => ({ item_id: itemId, related_id: r })))
    .onConflict((oc) => oc.columns(['item_id', 'related_id']).doNothing())
    .execute();
}

/** Move every link to organisation `fromId` (and the items it owns) onto `intoId` (a merge). */
export async function moveOrganisationLinks(db: Kysely<DB>, fromId: string, intoId: string): Promise<void> {
  const links = await db
    .selectFrom('item_organisations')
    .selectAll()
    .where('organisation_id', '=', fromId)
    .execute();
  await db.deleteFrom('item_organisations').where('organisation_id', '=', fromId).execute();
  for (const link of links) {
    await db
      .insertInto('item_organisations')
      .values({ item_id: link.item_id, organisation_id: intoId, role: link.role })
      .onConflict((oc) => oc.columns(['item_id', 'organisation_id', 'role']).doNothing())
      .execute();
  }
  await db
    .updateTable('items')
    .set({ organisation_id: intoId })
    .where('organisation_id', '=', fromId)
    .execute();
}
