// Queries of the editorial pages: the review queue, drafts, an organisation's items, attachments.
// Plain functions taking the database or a transaction first; rows mapped to plain objects.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { VersionState } from '../items/tables.ts';
import type { ContentType } from '../../kernel/content-types.ts';

export interface QueueEntry {
  itemId: string;
  slug: string;
  type: ContentType;
  lang: string;
  title: string;
  state: VersionState;
  live: boolean;
  organisationName: string | null;
  updatedAt: string;
  updatedByName: string | null;
}

function versionsWithItems(db: Kysely<DB>) {
  return db
    .selectFrom('item_versions')
    .innerJoin('items', 'items.id', 'item_versions.item_id')
    .leftJoin('organisations', 'organisations.id', 'items.organisation_id')
    .leftJoin('users', 'users.id', 'item_versions.updated_by')
    .select([
      'items.id as item_id',
      'items.slug',
      'items.type',
      'item_versions.lang',
      'item_versions.title',
      'item_versions.state',
      'item_versions.published_at',
      'item_versions.updated_at',
      'organisations.short_name',
      'organisations.name as org_name',
      'users.display_name',
    ])
    .where('items.deleted_at', 'is', null);
}

type VersionRow = Awaited<ReturnType<ReturnType<typeof versionsWithItems>['execute']>>[number];

function toEntry(r: VersionRow): QueueEntry {
  return {
    itemId: r.item_id,
    slug: r.slug,
    type: r.type as ContentType,
    lang: r.lang,
    title: r.title,
    state: r.state,
    live: r.published_at !== null,
    organisationName: r.short_name ?? r.org_name,
    updatedAt: r.updated_at,
    updatedByName: r.display_name,
  };
}

/** Versions waiting for review across all organisations, the longest waiting first. */
export async function reviewQueue(db: Kysely<DB>, limit = 100): Promise<QueueEntry[]> {
  const rows = await versionsWithItems(db)
    .where('item_versions.state', '=', 'review')
    .orderBy('item_versions.updated_at', 'asc')
    .orderBy('item_versions.id')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}

/** The latest drafts (new texts and unpublished changes to published ones), newest first. */
export async function recentDrafts(db: Kysely<DB>, limit = 25): Promise<QueueEntry[]> {
  const rows = await versionsWithItems(db)
    .where('item_versions.state', '=', 'draft')
    .orderBy('item_versions.updated_at', 'desc')
    .orderBy('item_versions.id')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}

export interface ItemOverview {
  id: string;
  slug: string;
  type: ContentType;
  originalLang: string;
  organisationName: string | null;
  lastChange: string;
  versions: { lang: string; title: string; state: VersionState; live: boolean }[];
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Items of one organisation (or of all, for editors), optionally by a word in a title. */
export async function findItems(
  db: Kysely<DB>,
  filter: { organisationId?: string; q?: string; limit: number; offset: number },
): Promise<{ items: ItemOverview[]; total: number }> {
  let base = db.selectFrom('items').where('items.deleted_at', 'is', null);
  if (filter.organisationId) base = base.where('items.organisation_id', '=', filter.organisationId);
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    base = base.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('item_versions')
          .select('item_versions.id')
          .whereRef('item_versions.item_id', '=', 'items.id')
          .where(sql<boolean>`lower(item_versions.title) like ${pattern} escape '\\'`),
      ),
    );
  }
  const lastChange = sql<string>`coalesce((select max(v.updated_at) from item_versions v where v.item_id = items.id), items.updated_at)`;
  const [rows, count] = await Promise.all([
    base
      .leftJoin('organisations', 'organisations.id', 'items.organisation_id')
      .select([
        'items.id',
        'items.slug',
        'items.type',
        'items.original_lang',
        'organisations.short_name',
        'organisations.name as org_name',
        lastChange.as('last_change'),
      ])
      .orderBy('last_change', 'desc')
      .orderBy('items.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const versions = ids.length
    ? await db
        .selectFrom('item_versions')
        .select(['item_id', 'lang', 'title', 'state', 'published_at'])
        .where('item_id', 'in', ids)
        .orderBy('lang')
        .execute()
    : [];
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      type: r.type as ContentType,
      originalLang: r.original_lang,
      organisationName: r.short_name ?? r.org_name,
      lastChange: r.last_change,
      versions: versions
        .filter((v) => v.item_id === r.id)
        .map((v) => ({ lang: v.lang, title: v.title, state: v.state, live: v.published_at !== null })),
    })),
  };
}

export interface Attachment {
  id: string;
  itemId: string;
  lang: string | null;
  title: string;
  filename: string;
  storedName: string;
  mime: string;
  size: number;
  createdAt: string;
}

const ATTACHMENT_COLUMNS = [
  'id',
  'item_id',
  'lang',
  'title',
  'filename',
  'stored_name',
  'mime',
  'size',
  'created_at',
] as const;

function toAttachment(r: {
  id: string;
  item_id: string;
  lang: string | null;
  title: string;
  filename: string;
  stored_name: string;
  mime: string;
  size: number | string;
  created_at: string;
}): Attachment {
  return {
    id: r.id,
    itemId: r.item_id,
    lang: r.lang,
    title: r.title,
    filename: r.filename,
    storedName: r.stored_name,
    mime: r.mime,
    size: Number(r.size),
    createdAt: r.created_at,
  };
}

export async function listAttachments(db: Kysely<DB>, itemId: string): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAttachment);
}

export async function findAttachment(db: Kysely<DB>, itemId: string, id: string): Promise<Attachment | null> {
  const row = await db
    .selectFrom('attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('item_id', '=', itemId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAttachment(row) : null;
}

export async function insertAttachment(
  db: Kysely<DB>,
  a: Attachment & { createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: a.id,
      item_id: a.itemId,
      lang: a.lang,
      title: a.title,
      filename: a.filename,
      stored_name: a.storedName,
      mime: a.mime,
      size: a.size,
      created_by: a.createdBy,
      created_at: a.createdAt,
    })
    .execute();
}

export async function deleteAttachmentRow(db: Kysely<DB>, itemId: string, id: string): Promise<void> {
  await db.deleteFrom('attachments').where('item_id', '=', itemId).where('id', '=', id).execute();
}
