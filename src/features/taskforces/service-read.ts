// Dossiers as readers see them: the item's live text (with read-time fallback), the dossier's
// details, and a timeline of only those entries the reader may see — unpublished, members-only
// and deleted items simply drop out, without breaking the page.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { teaser } from '../../lib/text.ts';
import { canReadMembersOnly, type Actor } from '../items/policy.ts';
import { readItem, summaries, type ItemSummary, type ItemView } from '../items/service-read.ts';
import type { CalendarEntry } from '../events/domain/calendar.ts';
import {
  findDetails,
  listDetails,
  listEntries,
  type DossierDetails,
  type TimelineEntry,
} from './repository.ts';
import {
  countriesOf,
  listedDossiers,
  meetingRows,
  requestersOf,
  sourceNames,
  visibleIds as repoVisibleIds,
} from './repository-read.ts';

export { findDetails };
export type { DossierDetails, TimelineEntry };
import { pickText } from '../../kernel/language.ts';
import { orderTimeline, type OrderedTimeline, type TimelineRow } from './domain/timeline.ts';
import { DOSSIER_TYPE } from '../../kernel/content-types.ts';

export interface DossierView {
  view: ItemView;
  details: DossierDetails;
  predecessor: ItemSummary | null;
  successor: ItemSummary | null;
  timeline: OrderedTimeline;
}

/** Visible items among `ids`: listed, not deleted, public unless the viewer may read members-only. */
export async function visibleIds(db: Kysely<DB>, ids: string[], viewer: Actor | null): Promise<Set<string>> {
  return repoVisibleIds(db, ids, canReadMembersOnly(viewer));
}

export async function buildTimeline(
  db: Kysely<DB>,
  taskforceId: string,
  locale: string,
  viewer: Actor | null,
): Promise<OrderedTimeline> {
  const entries = await listEntries(db, taskforceId);
  const itemIds = entries.flatMap((e) => (e.kind === 'item' && e.itemId ? [e.itemId] : []));
  const visible = await visibleIds(db, itemIds, viewer);
  const [items, sources] = await Promise.all([
    summaries(
      db,
      itemIds.filter((id) => visible.has(id)),
      locale,
    ),
    sourceNames(db, itemIds),
  ]);
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows: TimelineRow[] = [];
  for (const entry of entries) {
    const note = pickText(entry.notes, locale);
    if (entry.kind === 'milestone') {
      const title = pickText(entry.titles, locale);
      if (!title) continue;
      rows.push({
        id: entry.id,
        kind: 'milestone',
        date: entry.entryDate,
        title: title.text,
        lang: title.lang,
        fallback: title.lang !== locale,
        type: 'milestone',
        sourceName: null,
        levels: [],
        teaser: '',
        note: note?.text ?? null,
        noteLang: note?.lang ?? null,
        slug: null,
      });
      continue;
    }
    const item = entry.itemId ? byId.get(entry.itemId) : undefined;
    if (!item) continue;
    rows.push({
      id: entry.id,
      kind: 'item',
      date: entry.entryDate ?? item.sortDate,
      title: item.title,
      lang: item.lang,
      fallback: item.fallback,
      type: item.type,
      sourceName: sources.get(item.id) ?? item.organisationShortName ?? item.organisationName,
      levels: item.levels,
      teaser: teaser(item.summary, 180),
      note: note?.text ?? null,
      noteLang: note?.lang ?? null,
      slug: item.slug,
    });
  }
  return orderTimeline(rows);
}

export async function readDossier(
  db: Kysely<DB>,
  slug: string,
  locale: string,
  viewer: Actor | null,
): Promise<DossierView | null> {
  const result = await readItem(db, slug, locale, viewer);
  if (!result.ok || result.view.item.type !== DOSSIER_TYPE) return null;
  const item = result.view.item;
  const details = await findDetails(db, item.id);
  if (!details) return null;
  const neighbours = [details.predecessorId, details.successorId].filter((x): x is string => !!x);
  const visible = await visibleIds(db, neighbours, viewer);
  const linked = await summaries(
    db,
    neighbours.filter((id) => visible.has(id)),
    locale,
  );
  return {
    view: result.view,
    details,
    predecessor: linked.find((s) => s.id === details.predecessorId) ?? null,
    successor: linked.find((s) => s.id === details.successorId) ?? null,
    timeline: await buildTimeline(db, item.id, locale, viewer),
  };
}

export interface DossierRow {
  id: string;
  slug: string;
  title: string;
  lang: string;
  fallback: boolean;
  teaser: string;
  status: DossierDetails['status'];
  startsOn: string | null;
  endsOn: string | null;
  countries: string[];
  requesters: { slug: string; name: string }[];
  updatedAt: string;
}

/** Every published dossier the viewer may see, newest start first. */
export async function listDossiers(
  db: Kysely<DB>,
  locale: string,
  viewer: Actor | null,
): Promise<DossierRow[]> {
  const items = await listedDossiers(db, canReadMembersOnly(viewer));
  const ids = items.map((i) => i.id);
  if (ids.length === 0) return [];
  const [texts, details, countries, requesters] = await Promise.all([
    summaries(db, ids, locale),
    listDetails(db),
    countriesOf(db, ids),
    requestersOf(db, ids),
  ]);
  const rows: DossierRow[] = [];
  for (const text of texts) {
    const d = details.find((x) => x.itemId === text.id);
    if (!d) continue;
    rows.push({
      id: text.id,
      slug: text.slug,
      title: text.title,
      lang: text.lang,
      fallback: text.fallback,
      teaser: teaser(text.summary, 160),
      status: d.status,
      startsOn: text.startsOn,
      endsOn: text.endsOn,
      countries: countries.filter((c) => c.item_id === text.id).map((c) => c.country_code),
      requesters: requesters
        .filter((r) => r.item_id === text.id)
        .map((r) => ({ slug: r.slug, name: r.short_name ?? r.name })),
      updatedAt: items.find((i) => i.id === text.id)?.updated_at ?? d.updatedAt,
    });
  }
  return rows.sort(
    (a, b) => (b.startsOn ?? '').localeCompare(a.startsOn ?? '') || a.title.localeCompare(b.title),
  );
}

/** A calendar entry of the events module, before its page URL is known; with the item's slug. */
export type DossierMeeting = Omit<CalendarEntry, 'url'> & { slug: string };

/** The public, dated meetings and events on a dossier's timeline, for its iCalendar feed. */
export async function meetingsOf(
  db: Kysely<DB>,
  taskforceId: string,
  locale: string,
): Promise<DossierMeeting[]> {
  const rows = await meetingRows(db, taskforceId);
  const texts = await summaries(
    db,
    rows.map((r) => r.id),
    locale,
  );
  return rows.flatMap((r) => {
    const text = texts.find((t) => t.id === r.id);
    return text && r.starts_on
      ? [
          {
            id: r.id,
            slug: text.slug,
            title: text.title,
            summary: text.summary,
            startsOn: r.starts_on,
            endsOn: r.ends_on,
            venue: r.venue,
            city: r.city,
            onlineUrl: r.online_url,
            updatedAt: r.updated_at,
          },
        ]
      : [];
  });
}
