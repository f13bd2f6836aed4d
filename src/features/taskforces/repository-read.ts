// Read queries of the taskforce pages: dossiers a reader may see, the organisations named on a
// timeline, and the meetings on a dossier's timeline. Dossiers are items, so these read the item
// tables too (joins only; the items module writes them).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';

/** Visible items among `ids`: listed, not deleted, public unless members-only ones may be read. */
export async function visibleIds(
  db: Kysely<DB>,
  ids: string[],
  includeMembersOnly: boolean,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  let q = db
    .selectFrom('items')
    .select('id')
    .where('id', 'in', ids)
    .where('listed', '=', true)
    .where('deleted_at', 'is', null);
  if (!includeMembersOnly) q = q.where('visibility', '=', 'public');
  return new Set((await q.execute()).map((r) => r.id));
}

/** The organisation an item is known by on a timeline: its source, else its owner (short names first). */
export async function sourceNames(db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('item_organisations')
    .innerJoin('organisations', 'organisations.id', 'item_organisations.organisation_id')
    .select([
      'item_organisations.item_id',
      'item_organisations.role',
      'organisations.name',
      'organisations.short_name',
    ])
    .where('item_organisations.item_id', 'in', ids)
    .where('item_organisations.role', 'in', ['source', 'owner'])
    .execute();
  const out = new Map<string, string>();
  for (const role of ['owner', 'source'] as const) {
    for (const r of rows.filter((x) => x.role === role)) out.set(r.item_id, r.short_name ?? r.name);
  }
  return out;
}

/** Listed dossiers (id and last change), public ones only unless members-only ones may be read. */
export async function listedDossiers(
  db: Kysely<DB>,
  includeMembersOnly: boolean,
): Promise<{ id: string; updated_at: string }[]> {
  let q = db
    .selectFrom('items')
    .select(['id', 'updated_at'])
    .where('type', '=', DOSSIER_TYPE)
    .where('listed', '=', true)
    .where('deleted_at', 'is', null);
  if (!includeMembersOnly) q = q.where('visibility', '=', 'public');
  return q.execute();
}

/** The countries of the given dossiers. */
export async function countriesOf(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('item_countries')
    .select(['item_id', 'country_code'])
    .where('item_id', 'in', ids)
    .execute();
}

/** The requesting organisations of the given dossiers, by name. */
export async function requestersOf(db: Kysely<DB>, ids: string[]) {
  return db
    .selectFrom('item_organisations')
    .innerJoin('organisations', 'organisations.id', 'item_organisations.organisation_id')
    .select([
      'item_organisations.item_id',
      'organisations.slug',
      'organisations.name',
      'organisations.short_name',
    ])
    .where('item_organisations.item_id', 'in', ids)
    .where('item_organisations.role', '=', 'requester')
    .orderBy('organisations.name')
    .execute();
}

/** The public, dated meetings and events on a dossier's timeline (rows; their texts come from the items module). */
export async function meetingRows(db: Kysely<DB>, taskforceId: string) {
  return db
    .selectFrom('timeline_entries')
    .innerJoin('items', 'items.id', 'timeline_entries.item_id')
    .select([
      'items.id',
      'items.starts_on',
      'items.ends_on',
      'items.venue',
      'items.city',
      'items.online_url',
      'items.updated_at',
    ])
    .where('timeline_entries.taskforce_id', '=', taskforceId)
    .where('items.type', 'in', ['meeting', 'event'])
    .where('items.listed', '=', true)
    .where('items.visibility', '=', 'public')
    .where('items.deleted_at', 'is', null)
    .where('items.starts_on', 'is not', null)
    .execute();
}
