// Reading items for visitors: the live text in the reader's language, or — at read time only —
// the original language with a visible notice (the kernel's language rule). Nothing read here is
// ever written back. Also the facet index (read-model.ts) as the other modules read it: listings,
// and the newest items of a scope (an organisation, a country) grouped by type.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { listRegions, type Region } from '../reference/service.ts';
import type { ContentType } from '../../kernel/content-types.ts';
import { pickLanguage } from '../../kernel/language.ts';
import { countOfScopes, newestOfScope, type LinkScope, type TypeGroup } from './domain/facets.ts';
import { canReadMembersOnly, type Actor } from './policy.ts';
import { facetIndex } from './read-model.ts';
import {
  findItemBySlug,
  listVersions,
  parseFields,
  readLinks,
  type ItemRecord,
  type VersionText,
} from './repository.ts';
import {
  attachmentsOf,
  organisationRefs,
  summaryRows,
  visibleRelated,
  type OrganisationRef,
} from './repository-read.ts';
import type { OrgRole } from './domain/type-specs.ts';

export type { OrganisationRef };

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
  const { items, versions, levels } = await summaryRows(db, ids);
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
  organisations: { organisation: OrganisationRef; role: OrgRole }[];
  owner: OrganisationRef | null;
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
    organisationRefs(db, orgIds),
    links.regions.length
      ? listRegions(db).then((all) => all.filter((r) => links.regions.includes(r.id)))
      : Promise.resolve([]),
    attachmentsOf(db, item.id),
  ]);
  const relatedIds = await visibleRelated(db, item.id, links.related, canReadMembersOnly(viewer));
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
      attachments,
      publishedAt: version.publishedAt,
    },
  };
}

export { facetIndex };
// Bulk reads other modules need (search snippets, the CSV export, the API, the sitemap).
export {
  countriesAndThemes,
  itemIdBySlug,
  itemSlug,
  liveLanguages,
  liveTexts,
  publicItemAddresses,
  publicRelatedSlugs,
  textKey,
  type LiveText,
} from './repository-read.ts';
export type { LinkScope, TypeGroup };

/** Listed items linked to the scope, grouped by type: a count per type and the newest few of each. */
export async function newestByType(
  db: Kysely<DB>,
  scope: LinkScope,
  options: { includeMembersOnly: boolean; perType: number },
): Promise<TypeGroup[]> {
  return newestOfScope(await facetIndex(db), scope, options);
}

/** The number of listed items in each scope (an item once, however many of its links match). */
export async function countInScope(
  db: Kysely<DB>,
  scopes: Map<string, LinkScope>,
  includeMembersOnly: boolean,
): Promise<Map<string, number>> {
  return countOfScopes(await facetIndex(db), scopes, includeMembersOnly);
}
