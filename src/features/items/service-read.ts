// Reading items for visitors: the live text in the reader's language, or — at read time only —
// the original language with a visible notice. Nothing read here is ever written back.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findOrganisationsByIds, type Organisation } from '../organisations/repository.ts';
import { listRegions, type Region } from '../reference/repository.ts';
import type { ContentType } from '../../kernel/content-types.ts';
import { pickLanguage } from '../../kernel/language.ts';
import { canReadMembersOnly, type Actor } from './policy.ts';
import {
  findItemBySlug,
  listVersions,
  parseFields,
  readLinks,
  type ItemRecord,
  type VersionText,
} from './repository.ts';
import type { OrgRole } from './domain/type-specs.ts';

export interface ItemSummary {
  id: string;
  slug: string;
  type: ContentType;
  title: string;
  summary: string;
  /** Language of the text shown. */
  lang: string;
  fallback: boolean;
  visibility: 'public' | 'members';
  sortDate: string | null;
  year: number | null;
  startsOn: string | null;
  endsOn: string | null;
  organisationName: string | null;
  organisationShortName: string | null;
  organisationSlug: string | null;
  levels: string[];
}

/** Summaries of listed items in the reader's language, in the order of `ids`. */
export async function summaries(db: Kysely<DB>, ids: string[], locale: string): Promise<ItemSummary[]> {
  if (ids.length === 0) return [];
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
  const byItem = new Map<string, { lang: string; title: string; summary: string }[]>();
  for (const v of versions) {
    const list = byItem.get(v.item_id) ?? [];
    list.push({ lang: v.lang, title: v.live_title ?? '', summary: v.live_summary ?? '' });
    byItem.set(v.item_id, list);
  }
  const rows = new Map(items.map((i) => [i.id, i]));
  const out: ItemSummary[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    const live = byItem.get(id);
    if (!row || !live) continue;
    const lang = pickLanguage(
      live.map((v) => v.lang),
      locale,
      row.original_lang,
    );
    const text = live.find((v) => v.lang === lang);
    if (!text || !lang) continue;
    out.push({
      id,
      slug: row.slug,
      type: row.type as ContentType,
      title: text.title,
      summary: text.summary,
      lang,
      fallback: lang !== locale,
      visibility: row.visibility,
      sortDate: row.sort_date,
      year: row.year === null ? null : Number(row.year),
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      organisationName: row.org_name,
      organisationShortName: row.org_short,
      organisationSlug: row.org_slug,
      levels: levels.filter((l) => l.item_id === id).map((l) => l.level),
    });
  }
  return out;
}

export interface ItemView {
  item: ItemRecord;
  text: VersionText;
  lang: string;
  fallback: boolean;
  /** Languages with a live version, for the language list on the page. */
  languages: string[];
  organisations: { organisation: Organisation; role: OrgRole }[];
  owner: Organisation | null;
  countries: string[];
  regions: Region[];
  levels: string[];
  themes: string[];
  related: ItemSummary[];
  attachments: {
    id: string;
    title: string;
    filename: string;
    mime: string;
    size: number;
    lang: string | null;
  }[];
  /** Latest publication of the text shown. */
  publishedAt: string | null;
}

export type ReadResult = { ok: true; view: ItemView } | { ok: false; reason: 'not_found' };

/** An item as a reader sees it. Members-only items are "not found" for everyone else. */
export async function readItem(
  db: Kysely<DB>,
  slug: string,
  locale: string,
  viewer: Actor | null,
): Promise<ReadResult> {
  const item = await findItemBySlug(db, slug);
  if (!item || !item.listed) return { ok: false, reason: 'not_found' };
  if (item.visibility === 'members' && !canReadMembersOnly(viewer)) return { ok: false, reason: 'not_found' };
  const versions = (await listVersions(db, item.id)).filter((v) => v.live);
  const lang = pickLanguage(
    versions.map((v) => v.lang),
    locale,
    item.originalLang,
  );
  const version = versions.find((v) => v.lang === lang);
  if (!version?.live || !lang) return { ok: false, reason: 'not_found' };
  const links = await readLinks(db, item.id);
  const orgIds = [
    ...links.organisations.map((o) => o.id),
    ...(item.organisationId ? [item.organisationId] : []),
  ];
  const [orgs, regions, attachments] = await Promise.all([
    findOrganisationsByIds(db, orgIds),
    links.regions.length
      ? listRegions(db).then((all) => all.filter((r) => links.regions.includes(r.id)))
      : Promise.resolve([]),
    db
      .selectFrom('attachments')
      .select(['id', 'title', 'filename', 'mime', 'size', 'lang'])
      .where('item_id', '=', item.id)
      .orderBy('created_at')
      .execute(),
  ]);
  const relatedIds = await visibleRelated(db, item.id, links.related, viewer);
  return {
    ok: true,
    view: {
      item,
      text: { ...version.live, fields: version.live.fields ?? parseFields(null) },
      lang,
      fallback: lang !== locale,
      languages: versions.map((v) => v.lang),
      organisations: links.organisations.flatMap((l) => {
        const organisation = orgs.find((o) => o.id === l.id);
        return organisation ? [{ organisation, role: l.role }] : [];
      }),
      owner: orgs.find((o) => o.id === item.organisationId) ?? null,
      countries: links.countries,
      regions,
      levels: links.levels,
      themes: links.themes,
      related: await summaries(db, relatedIds, locale),
      attachments: attachments.map((a) => ({ ...a, size: Number(a.size) })),
      publishedAt: version.publishedAt,
    },
  };
}

/** Related items in both directions, listed and visible to the viewer. */
async function visibleRelated(
  db: Kysely<DB>,
  itemId: string,
  outgoing: string[],
  viewer: Actor | null,
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
  if (!canReadMembersOnly(viewer)) q = q.where('visibility', '=', 'public');
  const rows = await q.orderBy('sort_date', 'desc').execute();
  return rows.map((r) => r.id);
}
